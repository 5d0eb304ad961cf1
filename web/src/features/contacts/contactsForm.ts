import type { ContactKind, LocalContact } from '../../api/types';
import type { FormErrors } from '../../lib/formErrors';
import { nextKey } from '../../lib/keys';

export interface ContactRowValues {
  key: string;
  kind: ContactKind | '';
  label: string;
  phone: string;
  note: string;
}

/** The server's rule for a phone number (digits, spaces, + ( ) -, 3 to 20 characters). */
const PHONE = /^[0-9 +()-]{3,20}$/;
export const MAX_CONTACTS = 30;

export function emptyRow(): ContactRowValues {
  return { key: nextKey(), kind: '', label: '', phone: '', note: '' };
}

export function rowValues(contacts: LocalContact[]): ContactRowValues[] {
  return contacts.map((c) => ({ key: nextKey(), ...c }));
}

export function contactsInput(rows: ContactRowValues[]): LocalContact[] {
  return rows.map((r) => ({
    kind: r.kind as ContactKind,
    label: r.label.trim(),
    phone: r.phone.trim(),
    note: r.note.trim(),
  }));
}

/** API field names: `contacts`, or `contacts.2.phone` and so on. */
export function isContactsField(field: string): boolean {
  return field === 'contacts' || /^contacts\.\d+\.(kind|label|phone|note)$/.test(field);
}

/** Field key → id of the input the error summary links to. */
export function contactsFieldId(key: string): string {
  if (key === 'contacts') return 'add-contact';
  if (/^contacts\.\d+$/.test(key)) return `${key.replace(/\./g, '-')}-label`;
  return key.replace(/\./g, '-');
}

export function validateContacts(rows: ContactRowValues[]): FormErrors {
  const e: FormErrors = {};
  if (rows.length > MAX_CONTACTS) e.contacts = `You can have up to ${String(MAX_CONTACTS)} numbers`;
  rows.forEach((r, i) => {
    const at = `contacts.${String(i)}`;
    const n = String(i + 1);
    if (!r.kind) e[`${at}.kind`] = `Select what number ${n} is for`;
    if (!r.label.trim()) e[`${at}.label`] = `Enter a name for number ${n}`;
    else if (r.label.trim().length > 100)
      e[`${at}.label`] = `The name of number ${n} must be 100 characters or fewer`;
    if (!r.phone.trim()) e[`${at}.phone`] = `Enter phone number ${n}`;
    else if (!PHONE.test(r.phone.trim()))
      e[`${at}.phone`] =
        `Phone number ${n} must be 3 to 20 digits, spaces and + ( ) - only, like 0345 603 7627`;
    if (r.note.trim().length > 300)
      e[`${at}.note`] = `The note for number ${n} must be 300 characters or fewer`;
  });
  return e;
}
