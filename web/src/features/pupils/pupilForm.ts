import type { Pupil, PupilInput, Sex } from '../../api/types';
import type { DateParts } from '../../components/DateInput';
import { londonToday, toIsoDate } from '../../lib/dates';
import type { FormErrors } from '../../lib/formErrors';
import { nextKey } from '../../lib/keys';

export interface PhoneValue {
  key: string;
  value: string;
}

export interface ContactValues {
  key: string;
  name: string;
  relationship: string;
  phones: PhoneValue[];
  priority: string;
}

export interface PupilValues {
  legalFirstName: string;
  legalLastName: string;
  preferredName: string;
  dateOfBirth: DateParts;
  upn: string;
  sex: Sex | '';
  gender: string;
  yearGroup: string;
  senFlag: boolean;
  lookedAfter: boolean;
  emergencyContacts: ContactValues[];
}

export function emptyPhone(value = ''): PhoneValue {
  return { key: nextKey(), value };
}

export function emptyContact(priority: number): ContactValues {
  return {
    key: nextKey(),
    name: '',
    relationship: '',
    phones: [emptyPhone()],
    priority: String(priority),
  };
}

export function emptyPupil(): PupilValues {
  return {
    legalFirstName: '',
    legalLastName: '',
    preferredName: '',
    dateOfBirth: { day: '', month: '', year: '' },
    upn: '',
    sex: '',
    gender: '',
    yearGroup: '',
    senFlag: false,
    lookedAfter: false,
    emergencyContacts: [emptyContact(1)],
  };
}

export function pupilValues(p: Pupil): PupilValues {
  const [year = '', month = '', day = ''] = p.dateOfBirth.split('-');
  return {
    legalFirstName: p.legalFirstName,
    legalLastName: p.legalLastName,
    preferredName: p.preferredName ?? '',
    dateOfBirth: { day: String(Number(day)), month: String(Number(month)), year },
    upn: p.upn ?? '',
    sex: p.sex,
    gender: p.gender ?? '',
    yearGroup: p.yearGroup,
    senFlag: p.senFlag,
    lookedAfter: p.lookedAfter,
    emergencyContacts: p.emergencyContacts.map((c) => ({
      key: nextKey(),
      name: c.name,
      relationship: c.relationship,
      phones: (c.phones.length ? c.phones : ['']).map((n) => emptyPhone(n)),
      priority: String(c.priority),
    })),
  };
}

const TOP_LEVEL = [
  'legalFirstName',
  'legalLastName',
  'preferredName',
  'dateOfBirth',
  'upn',
  'sex',
  'gender',
  'yearGroup',
  'senFlag',
  'lookedAfter',
  'emergencyContacts',
];

export function isPupilField(field: string): boolean {
  return (
    TOP_LEVEL.includes(field) ||
    /^emergencyContacts\.\d+\.(name|relationship|priority|phones(\.\d+)?)$/.test(field)
  );
}

/** Field key → id of the input the error summary links to. */
export function pupilFieldId(key: string): string {
  if (key === 'dateOfBirth') return 'dateOfBirth-day';
  if (key === 'emergencyContacts') return 'add-contact';
  if (/^emergencyContacts\.\d+\.phones$/.test(key)) return `${key.replace(/\./g, '-')}-0`;
  return key.replace(/\./g, '-');
}

export function validatePupil(v: PupilValues): FormErrors {
  const e: FormErrors = {};
  if (!v.legalFirstName.trim()) e.legalFirstName = "Enter the pupil's legal first name";
  if (!v.legalLastName.trim()) e.legalLastName = "Enter the pupil's legal last name";
  const { day, month, year } = v.dateOfBirth;
  const dob = toIsoDate(day, month, year);
  if (!day.trim() && !month.trim() && !year.trim())
    e.dateOfBirth = "Enter the pupil's date of birth";
  else if (!dob) e.dateOfBirth = 'Date of birth must be a real date, for example 27 3 2015';
  else if (dob > londonToday()) e.dateOfBirth = 'Date of birth must be in the past';
  if (v.upn.trim() && v.upn.trim().length !== 13) e.upn = 'UPN must be 13 characters';
  if (!v.sex) e.sex = "Select the pupil's sex";
  if (!v.yearGroup) e.yearGroup = 'Select a year group';
  v.emergencyContacts.forEach((c, i) => {
    const at = `emergencyContacts.${String(i)}`;
    if (!c.name.trim()) e[`${at}.name`] = `Enter the name of contact ${String(i + 1)}`;
    if (!c.relationship.trim())
      e[`${at}.relationship`] = `Enter how contact ${String(i + 1)} is related to the pupil`;
    if (!c.phones.some((p) => p.value.trim()))
      e[`${at}.phones`] = `Enter a phone number for contact ${String(i + 1)}`;
    if (!/^[1-9]\d*$/.test(c.priority.trim()))
      e[`${at}.priority`] =
        `Priority for contact ${String(i + 1)} must be a whole number, 1 or more`;
  });
  return e;
}

export function pupilInput(v: PupilValues): PupilInput {
  const optional = (s: string) => (s.trim() ? s.trim() : null);
  return {
    legalFirstName: v.legalFirstName.trim(),
    legalLastName: v.legalLastName.trim(),
    preferredName: optional(v.preferredName),
    dateOfBirth: toIsoDate(v.dateOfBirth.day, v.dateOfBirth.month, v.dateOfBirth.year) ?? '',
    upn: optional(v.upn.toUpperCase()),
    sex: v.sex || 'U',
    gender: optional(v.gender),
    yearGroup: v.yearGroup,
    senFlag: v.senFlag,
    lookedAfter: v.lookedAfter,
    emergencyContacts: v.emergencyContacts.map((c) => ({
      name: c.name.trim(),
      relationship: c.relationship.trim(),
      phones: c.phones.map((p) => p.value.trim()).filter(Boolean),
      priority: Number(c.priority.trim()),
    })),
  };
}

/** Drops blank extra phone boxes (keeping one per contact) so error paths match what is sent. */
export function compactPhones(v: PupilValues): PupilValues {
  return {
    ...v,
    emergencyContacts: v.emergencyContacts.map((c) => {
      const filled = c.phones.filter((p) => p.value.trim());
      return { ...c, phones: filled.length ? filled : c.phones.slice(0, 1) };
    }),
  };
}
