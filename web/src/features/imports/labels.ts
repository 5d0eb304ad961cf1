import type { IdentityChange, ImportCounts } from '../../api/types';
import { formatDate } from '../../lib/dates';

/** "1 pupil", "3 pupils". */
export const pupils = (n: number) => (n === 1 ? '1 pupil' : `${n.toLocaleString('en-GB')} pupils`);

/** "1 problem", "3 problems". */
export const problemsInWords = (n: number) =>
  n === 1 ? '1 problem' : `${n.toLocaleString('en-GB')} problems`;

/** "1 change", "3 changes". */
export const changes = (n: number) =>
  n === 1 ? '1 change' : `${n.toLocaleString('en-GB')} changes`;

/** Every pupil row of the file. */
export const rowsOf = (c: ImportCounts) => c.create + c.update + c.unchanged + c.flag;

export const CHANGE_LABELS: Record<IdentityChange, string> = {
  date_of_birth: 'Date of birth',
  upn: 'UPN',
};

export const changeInWords = (change: IdentityChange) =>
  change === 'date_of_birth' ? 'date of birth' : 'UPN';

/** A held-back value as people read it: a date of birth in words, a UPN as it is. */
export function valueOf(change: IdentityChange, value: string | null): string {
  if (value === null || value === '') return 'None';
  return change === 'date_of_birth' ? formatDate(value) : value;
}

/** Where a change came from: "csv" → "CSV file". */
export const sourceLabel = (source: string) =>
  /^(csv|ctf)$/i.test(source) ? `${source.toUpperCase()} file` : source;

/**
 * What a check or an import found, one sentence a kind, leaving out the kinds with none.
 * `done` says it in the past tense (after the import).
 */
export function countsInWords(c: ImportCounts, done: boolean): string[] {
  const lines: string[] = [];
  const is = (n: number) => (n === 1 ? 'is' : 'are');
  const was = (n: number) => (n === 1 ? 'was' : 'were');
  if (c.create)
    lines.push(`${pupils(c.create)} ${done ? `${was(c.create)} added` : 'will be added'}.`);
  if (c.update)
    lines.push(
      `${pupils(c.update)} ${done ? `${was(c.update)} updated` : 'will be updated'} with new details from the file.`,
    );
  if (c.unchanged)
    lines.push(
      `${pupils(c.unchanged)} ${done ? `${was(c.unchanged)} already up to date` : `${is(c.unchanged)} already up to date`}.`,
    );
  if (c.flag)
    lines.push(
      `${changes(c.flag)} of date of birth or UPN ${done ? `${was(c.flag)} held back` : 'will be held back'} for someone to review. ${c.flag === 1 ? 'That pupil is' : 'Those pupils are'} otherwise left as they are.`,
    );
  return lines;
}

/** "1 pupil has fewer than two emergency contact numbers" (D11). */
export const gapsInWords = (n: number) =>
  `${pupils(n)} ${n === 1 ? 'has' : 'have'} fewer than two emergency contact numbers`;
