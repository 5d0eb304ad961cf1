import { pupilInputSchema } from '../../core/people/pupil.ts';
import { upnProblem } from '../../core/people/upn.ts';
import { booleanOf, senProvisionOf, yearGroupOf } from './codes.ts';
import { contactsOf } from './contacts.ts';
import {
  child,
  childText,
  childrenNamed,
  textOf,
  type UnknownTally,
  type XmlNode,
} from './tree.ts';
import type { CtfPupilErrorEvent, CtfPupilEvent, SenProvision } from './types.ts';

/** Fields that sit in Pupil in older CTFs and inside BasicDetails in others: both are read. */
const PUPIL_FIELDS = new Set([
  'UPN',
  'Surname',
  'Forename',
  'PreferredSurname',
  'PreferredForename',
  'DOB',
  'Gender',
  'Sex',
  'NCyearActual',
  'SENhistory',
  'SEN',
  'LookedAfter',
  'InCare',
  'Contacts',
]);

const SEN_FIELDS = new Set(['StartDate', 'SENprovision']);

/** A field that failed, named as in pupilInputSchema, with a message naming the CTF element. */
class Refusal {
  constructor(
    readonly message: string,
    readonly field: string,
  ) {}
}

type Fields = Map<string, XmlNode>;

/** Pupil-level elements first, then BasicDetails fills what the pupil level did not have. */
function fieldsOf(pupil: XmlNode, unknown: UnknownTally): Fields {
  const basic = child(pupil, 'BasicDetails');
  unknown.addUnknownChildren(pupil, new Set([...PUPIL_FIELDS, 'BasicDetails', 'Attendance']));
  unknown.addUnknownChildren(basic, PUPIL_FIELDS);
  const fields: Fields = new Map();
  for (const node of [...pupil.children, ...(basic?.children ?? [])])
    if (PUPIL_FIELDS.has(node.name) && !fields.has(node.name)) fields.set(node.name, node);
  return fields;
}

const text = (f: Fields, name: string) => textOf(f.get(name));

function checkUpn(upn: string | null): void {
  if (upn === null) return;
  const problem = upnProblem(upn);
  if (problem === 'format')
    throw new Refusal(
      `UPN "${upn}" is not a UPN: it should be a letter, 11 digits, then a digit or letter`,
      'upn',
    );
  if (problem === 'check_letter')
    throw new Refusal(
      `UPN "${upn}" has the wrong check letter: it was probably mistyped in the sending school`,
      'upn',
    );
}

function sexOf(f: Fields): 'F' | 'M' | 'U' {
  // Newer CTFs say Sex; older ones said Gender for the same census code.
  const raw = text(f, 'Sex') ?? text(f, 'Gender');
  if (raw === null) throw new Refusal('No Sex (or Gender) is given', 'sex');
  const code = raw.toUpperCase();
  if (code === 'F' || code === 'M' || code === 'U') return code;
  throw new Refusal(`Sex "${raw}" is not one of F, M or U`, 'sex');
}

function yearGroupFrom(f: Fields) {
  const raw = text(f, 'NCyearActual');
  if (raw === null) throw new Refusal('No NCyearActual (year group) is given', 'yearGroup');
  const year = yearGroupOf(raw);
  if (year === null)
    throw new Refusal(
      `NCyearActual "${raw}" is not a year group Haven records (N1, N2, R or 1 to 14)`,
      'yearGroup',
    );
  return year;
}

/** The current SEN provision: the SEN entry with the latest StartDate, else the last one. */
function senOf(f: Fields, unknown: UnknownTally): SenProvision | null {
  const history = f.get('SENhistory');
  unknown.addUnknownChildren(history, new Set(['SEN', 'SENprovision']));
  const direct = f.get('SEN');
  const entries = [...childrenNamed(history, 'SEN'), ...(direct ? [direct] : [])];
  for (const e of entries) unknown.addUnknownChildren(e, SEN_FIELDS);
  const bare = childText(history, 'SENprovision');
  const candidates = entries.map((e) => ({
    start: childText(e, 'StartDate') ?? '',
    code: childText(e, 'SENprovision') ?? textOf(e),
  }));
  if (bare !== null) candidates.push({ start: '', code: bare });
  const current = candidates
    .filter((c) => c.code !== null)
    .reduce<(typeof candidates)[number] | null>((a, c) => (a && a.start > c.start ? a : c), null);
  if (!current?.code) return null;
  const code = senProvisionOf(current.code);
  if (code === null)
    throw new Refusal(`SENprovision "${current.code}" is not one of E, K or N`, 'senFlag');
  return code;
}

function lookedAfterOf(f: Fields, unknown: UnknownTally): boolean {
  const el = f.get('LookedAfter');
  unknown.addUnknownChildren(el, new Set(['InCare']));
  const raw = childText(el, 'InCare') ?? (el?.children.length ? null : textOf(el));
  const value = raw ?? text(f, 'InCare');
  if (value === null) return false;
  const bool = booleanOf(value);
  if (bool === null) throw new Refusal(`InCare "${value}" is not true or false`, 'lookedAfter');
  return bool;
}

/** The CTF element behind a schema field, so a message says what to fix in the file. */
function elementFor(path: readonly PropertyKey[]): string {
  const [field, n, sub, m] = path;
  const simple: Record<string, string> = {
    legalFirstName: 'Forename',
    legalLastName: 'Surname',
    preferredName: 'PreferredForename',
    dateOfBirth: 'DOB',
    upn: 'UPN',
  };
  if (typeof field === 'string' && simple[field]) return simple[field];
  if (field === 'emergencyContacts' && typeof n === 'number') {
    const what = sub === 'phones' && typeof m === 'number' ? ` phone ${m + 1}` : ` ${String(sub)}`;
    return `Contact ${n + 1}${sub === undefined ? '' : what}`;
  }
  return String(field);
}

function candidateOf(f: Fields, unknown: UnknownTally, warnings: string[]) {
  const upn = text(f, 'UPN');
  checkUpn(upn);
  const dateOfBirth = text(f, 'DOB');
  if (dateOfBirth === null) throw new Refusal('No DOB (date of birth) is given', 'dateOfBirth');
  const forename = text(f, 'Forename');
  const preferred = text(f, 'PreferredForename');
  const senProvision = senOf(f, unknown);
  const candidate = {
    legalFirstName: forename ?? '',
    legalLastName: text(f, 'Surname') ?? '',
    // Haven keeps a preferred first name only; PreferredSurname has nowhere to go.
    preferredName: preferred !== null && preferred !== forename ? preferred : null,
    dateOfBirth,
    upn,
    sex: sexOf(f),
    gender: null,
    yearGroup: yearGroupFrom(f),
    senFlag: senProvision === 'E' || senProvision === 'K',
    lookedAfter: lookedAfterOf(f, unknown),
    emergencyContacts: contactsOf(f.get('Contacts'), unknown, warnings),
  };
  return { candidate, senProvision };
}

/**
 * One Pupil element, as a pupil ready for pupilInputSchema or as an error naming the field. A
 * pupil fails alone: nothing here throws except on a bug.
 */
export function pupilOf(
  node: XmlNode,
  index: number,
  unknown: UnknownTally,
): CtfPupilEvent | CtfPupilErrorEvent {
  const f = fieldsOf(node, unknown);
  const upn = text(f, 'UPN');
  const surname = text(f, 'Surname');
  const fail = (message: string, field: string): CtfPupilErrorEvent => ({
    kind: 'error',
    index,
    upn,
    surname,
    message,
    field,
  });
  const warnings: string[] = [];
  let built;
  try {
    built = candidateOf(f, unknown, warnings);
  } catch (err) {
    if (err instanceof Refusal) return fail(err.message, err.field);
    throw err;
  }
  const parsed = pupilInputSchema.safeParse(built.candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    return fail(`${elementFor(path)}: ${issue?.message ?? 'is not valid'}`, path.join('.'));
  }
  return {
    kind: 'pupil',
    index,
    upn: parsed.data.upn,
    input: parsed.data,
    senProvision: built.senProvision,
    warnings,
  };
}
