import type { PupilInput, PupilRecord } from './pupil.ts';

/**
 * Taking in a school's pupil list from its management information system (a CSV or a DfE Common
 * Transfer File): matched on UPN, re-runnable without duplicates, and never changing who a pupil
 * is without a person looking (a different date of birth for a UPN, or a known child arriving
 * with another UPN, is flagged for review instead).
 */

/** One pupil from the file, with where it came from for messages. */
export interface RosterRow {
  /** The file's row (a CSV line, or the pupil's position in a CTF). */
  line: number;
  input: PupilInput & { upn: string };
}

export interface RosterProblem {
  line: number;
  column?: string;
  message: string;
}

export type IdentityChange = 'date_of_birth' | 'upn';

export type RosterAction =
  | { kind: 'create'; row: RosterRow }
  | { kind: 'update'; row: RosterRow; pupil: PupilRecord; changed: string[] }
  | { kind: 'unchanged'; row: RosterRow; pupil: PupilRecord }
  | {
      kind: 'flag';
      row: RosterRow;
      pupil: PupilRecord;
      change: IdentityChange;
      current: string | null;
      incoming: string;
    };

const identityKey = (p: Pick<PupilInput, 'legalFirstName' | 'legalLastName' | 'dateOfBirth'>) =>
  `${p.legalFirstName.toLowerCase()}|${p.legalLastName.toLowerCase()}|${p.dateOfBirth}`;

const sameContacts = (a: PupilInput['emergencyContacts'], b: PupilInput['emergencyContacts']) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The fields a row would change; contacts only when the file gives some (it never empties them). */
function changedFields(pupil: PupilRecord, input: PupilInput): string[] {
  const fields: (keyof PupilInput)[] = [
    'legalFirstName',
    'legalLastName',
    'preferredName',
    'sex',
    'yearGroup',
    'senFlag',
    'lookedAfter',
  ];
  const changed: string[] = fields.filter((f) => pupil[f] !== input[f]);
  if (
    input.emergencyContacts.length &&
    !sameContacts(pupil.emergencyContacts, input.emergencyContacts)
  )
    changed.push('emergencyContacts');
  return changed;
}

/** What to do with each row, given the school's pupils now. Pure: the plan is also the preview. */
export function planRoster(
  existing: readonly PupilRecord[],
  rows: readonly RosterRow[],
): RosterAction[] {
  const byUpn = new Map(existing.flatMap((p) => (p.upn ? [[p.upn, p] as const] : [])));
  const byIdentity = new Map(existing.map((p) => [identityKey(p), p] as const));
  return rows.map((row): RosterAction => {
    const known = byUpn.get(row.input.upn);
    if (known) {
      if (known.dateOfBirth !== row.input.dateOfBirth)
        return {
          kind: 'flag',
          row,
          pupil: known,
          change: 'date_of_birth',
          current: known.dateOfBirth,
          incoming: row.input.dateOfBirth,
        };
      const changed = changedFields(known, row.input);
      return changed.length
        ? { kind: 'update', row, pupil: known, changed }
        : { kind: 'unchanged', row, pupil: known };
    }
    const sameChild = byIdentity.get(identityKey(row.input));
    if (sameChild)
      return {
        kind: 'flag',
        row,
        pupil: sameChild,
        change: 'upn',
        current: sameChild.upn,
        incoming: row.input.upn,
      };
    return { kind: 'create', row };
  });
}

export interface RosterCounts {
  create: number;
  update: number;
  unchanged: number;
  flag: number;
}

export function countActions(actions: readonly RosterAction[]): RosterCounts {
  const counts: RosterCounts = { create: 0, update: 0, unchanged: 0, flag: 0 };
  for (const a of actions) counts[a.kind]++;
  return counts;
}

/** The same UPN twice in one file: the second is a problem, so nothing depends on row order. */
export function duplicateUpns(rows: readonly RosterRow[]): RosterProblem[] {
  const seen = new Map<string, number>();
  const problems: RosterProblem[] = [];
  for (const r of rows) {
    const first = seen.get(r.input.upn);
    if (first !== undefined)
      problems.push({ line: r.line, column: 'UPN', message: `The same UPN is on row ${first}` });
    else seen.set(r.input.upn, r.line);
  }
  return problems;
}
