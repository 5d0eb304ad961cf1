import type { EmergencyContact } from '../../core/people/pupil.ts';
import { relationshipLabel } from './codes.ts';
import { childText, childrenNamed, child, type UnknownTally, type XmlNode } from './tree.ts';

const MAX_CONTACTS = 10;
const MAX_PHONES = 5;

const CONTACT_FIELDS = new Set([
  'Order',
  'Title',
  'Forename',
  'Surname',
  'Relationship',
  'Responsibility',
  'Phones',
  'Email',
]);
const PHONE_FIELDS = new Set(['TelephoneNumber', 'TelephoneType']);

interface Found {
  order: number;
  contact: Omit<EmergencyContact, 'priority'>;
}

/** "Forename Surname", or "Title Surname" when the file has no forename (Mrs Smith). */
function nameOf(node: XmlNode): string {
  const forename = childText(node, 'Forename');
  const parts = [forename ?? childText(node, 'Title'), childText(node, 'Surname')];
  return parts.filter((p): p is string => p !== null).join(' ');
}

function phonesOf(node: XmlNode, unknown: UnknownTally): string[] {
  const phones = child(node, 'Phones');
  unknown.addUnknownChildren(phones, new Set(['Phone']));
  return childrenNamed(phones, 'Phone').flatMap((phone) => {
    unknown.addUnknownChildren(phone, PHONE_FIELDS);
    const number = childText(phone, 'TelephoneNumber');
    return number === null ? [] : [number];
  });
}

/** Contact n as an administrator would find it in the sending school's list. */
const describe = (n: number, relationship: string) =>
  `Contact ${n}${relationship ? ` (${relationship})` : ''}`;

function contactOf(node: XmlNode, n: number, unknown: UnknownTally, warnings: string[]) {
  unknown.addUnknownChildren(node, CONTACT_FIELDS);
  const relationship = relationshipLabel(childText(node, 'Relationship') ?? '');
  let phones = phonesOf(node, unknown);
  if (phones.length === 0) {
    // Haven's contacts exist to be rung in an emergency: one with no number is no use there.
    warnings.push(`${describe(n, relationship)} has no phone number, so was not imported.`);
    return null;
  }
  if (phones.length > MAX_PHONES) {
    warnings.push(
      `${describe(n, relationship)} has ${phones.length} phone numbers: only the first ${MAX_PHONES} were imported.`,
    );
    phones = phones.slice(0, MAX_PHONES);
  }
  const order = Number(childText(node, 'Order'));
  return {
    // Without a usable Order the file's own sequence decides, after any ordered contacts.
    order: Number.isInteger(order) && order > 0 ? order : 1000 + n,
    contact: { name: nameOf(node), relationship, phones },
  };
}

/**
 * Emergency contacts in the file's priority order, renumbered 1..n so that gaps or duplicates in
 * Order cannot break Haven's rule of at most ten. Each dropped contact adds a warning.
 */
export function contactsOf(
  contacts: XmlNode | undefined,
  unknown: UnknownTally,
  warnings: string[],
): EmergencyContact[] {
  unknown.addUnknownChildren(contacts, new Set(['Contact']));
  const found = childrenNamed(contacts, 'Contact')
    .map((node, i) => contactOf(node, i + 1, unknown, warnings))
    .filter((f): f is Found => f !== null)
    .sort((a, b) => a.order - b.order);
  if (found.length > MAX_CONTACTS)
    warnings.push(
      `The pupil has ${found.length} contacts with phone numbers: only the first ${MAX_CONTACTS} were imported.`,
    );
  return found.slice(0, MAX_CONTACTS).map(({ contact }, i) => ({ ...contact, priority: i + 1 }));
}
