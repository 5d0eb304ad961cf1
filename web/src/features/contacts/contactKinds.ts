import type { ContactKind } from '../../api/types';

/** The kinds of number, in the order the poster shows them. */
export const CONTACT_KINDS: ContactKind[] = [
  'emergency',
  'referral',
  'allegations',
  'whistleblowing',
  'advice',
];

/** Names for the kind select on the edit page. */
export const KIND_LABELS: Record<ContactKind, string> = {
  emergency: 'Emergency: a child in immediate danger',
  referral: 'Referral: children’s social care or police',
  allegations: 'Allegations about an adult who works with children',
  whistleblowing: 'Whistleblowing',
  advice: 'Advice',
};

/** Headings on the poster for every kind but the emergency numbers, which come first. */
export const KIND_HEADINGS: Record<Exclude<ContactKind, 'emergency'>, string> = {
  referral: 'Making a referral, when it is not an emergency',
  allegations: 'Worried about an adult who works with children?',
  whistleblowing: 'Whistleblowing',
  advice: 'Advice about a child',
};

export const KIND_OPTIONS = CONTACT_KINDS.map((kind) => ({
  value: kind,
  label: KIND_LABELS[kind],
}));

export function isContactKind(value: string): value is ContactKind {
  return (CONTACT_KINDS as string[]).includes(value);
}
