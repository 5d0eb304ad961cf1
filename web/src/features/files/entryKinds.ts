import { ENTRY_KINDS } from '../concerns/labels';

/**
 * The kinds of chronology entry the filter offers and the tags show: those of concerns, and
 * referrals, parents and information sharing (D18, D37) and child protection meetings.
 */
export const FILE_ENTRY_KINDS: { value: string; label: string }[] = [
  ...ENTRY_KINDS,
  { value: 'referral', label: 'Referral' },
  { value: 'disclosure', label: 'Parents / information sharing' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'attendance', label: 'Attendance' },
  { value: 'cme', label: 'Missing education' },
  { value: 'plan', label: 'Plan' },
];

export const fileEntryKindLabel = (kind: string): string =>
  FILE_ENTRY_KINDS.find((k) => k.value === kind)?.label ?? kind;
