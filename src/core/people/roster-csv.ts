// The pupil list a management information system exports (SIMS, Arbor, Bromcom…) and a school
// saves as CSV, one pupil a row:
//
//   UPN,Legal first name,Legal last name,Preferred name,Date of birth,Sex,Year group,SEN,
//   Looked after,Contact 1 name,Contact 1 relationship,Contact 1 phones,Contact 2 name,…
//
// Headers are matched ignoring case, spaces and punctuation, with the names MIS exports use
// (Forename, Surname, DOB, Gender, NC year…). Dates are YYYY-MM-DD or DD/MM/YYYY. A contact's
// phones are separated by ";" or "|". Up to three contacts; other columns are ignored.

import { parse } from 'csv-parse/sync';
import { pupilInputSchema } from './pupil.ts';
import type { RosterProblem, RosterRow } from './roster.ts';

const ALIASES: Record<string, string> = {
  upn: 'upn',
  uniquepupilnumber: 'upn',
  legalfirstname: 'legalFirstName',
  forename: 'legalFirstName',
  firstname: 'legalFirstName',
  legallastname: 'legalLastName',
  surname: 'legalLastName',
  lastname: 'legalLastName',
  preferredname: 'preferredName',
  preferredforename: 'preferredName',
  knownas: 'preferredName',
  dateofbirth: 'dateOfBirth',
  dob: 'dateOfBirth',
  sex: 'sex',
  gender: 'sex',
  yeargroup: 'yearGroup',
  year: 'yearGroup',
  ncyear: 'yearGroup',
  ncyearactual: 'yearGroup',
  sen: 'sen',
  senprovision: 'sen',
  lookedafter: 'lookedAfter',
  incare: 'lookedAfter',
};

/** The column heading as the user wrote it, for messages. */
const COLUMN_NAMES: Record<string, string> = {
  upn: 'UPN',
  legalFirstName: 'Legal first name',
  legalLastName: 'Legal last name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  yearGroup: 'Year group',
  sen: 'SEN',
  lookedAfter: 'Looked after',
};

const REQUIRED = ['upn', 'legalFirstName', 'legalLastName', 'dateOfBirth', 'sex', 'yearGroup'];

const squash = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

function fieldOf(header: string): string | null {
  const key = squash(header);
  const contact = /^contact([1-3])(name|relationship|phones?|telephone|phonenumbers?)$/.exec(key);
  if (contact) {
    const part = contact[2]?.startsWith('name')
      ? 'name'
      : contact[2] === 'relationship'
        ? 'relationship'
        : 'phones';
    return `contact${contact[1]}.${part}`;
  }
  return ALIASES[key] ?? null;
}

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isoDate(cell: string): string {
  const uk = UK_DATE.exec(cell);
  return uk ? `${uk[3]}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}` : cell;
}

const yes = (cell: string) => /^(y|yes|true|1)$/i.test(cell.trim());

/** SEN from Y/N or the census provision codes (E: EHC plan, K: SEN support, N: none). */
const senFrom = (cell: string) => yes(cell) || /^(e|k)$/i.test(cell.trim());

const SEX: Record<string, string> = {
  f: 'F',
  female: 'F',
  m: 'M',
  male: 'M',
  u: 'U',
  unknown: 'U',
};

const YEAR = (cell: string) => {
  const t = cell
    .trim()
    .toUpperCase()
    .replace(/^Y(EAR)?\s*/, '');
  return t === 'REC' || t === 'RECEPTION' ? 'R' : t;
};

/** A row's cells as the pupil schema's input, ready to be checked. */
function inputOf(cells: Map<string, string>) {
  const get = (f: string) => (cells.get(f) ?? '').trim();
  const contacts = [1, 2, 3].flatMap((n) => {
    const name = get(`contact${n}.name`);
    const phones = get(`contact${n}.phones`)
      .split(/[;|]/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (!name && !phones.length) return [];
    return [
      { name, relationship: get(`contact${n}.relationship`) || 'Contact', phones, priority: n },
    ];
  });
  return {
    legalFirstName: get('legalFirstName'),
    legalLastName: get('legalLastName'),
    preferredName: get('preferredName') || null,
    dateOfBirth: isoDate(get('dateOfBirth')),
    upn: get('upn'),
    sex: SEX[get('sex').toLowerCase()] ?? get('sex'),
    gender: null,
    yearGroup: YEAR(get('yearGroup')),
    senFlag: senFrom(get('sen')),
    lookedAfter: yes(get('lookedAfter')),
    emergencyContacts: contacts,
  };
}

/** The column a schema issue is about, as the file names it. */
function columnOf(path: readonly PropertyKey[]): string {
  const [first, index, part] = path;
  if (first === 'emergencyContacts' && typeof index === 'number')
    return `Contact ${index + 1} ${String(part ?? 'name')}`;
  return COLUMN_NAMES[String(first)] ?? String(first);
}

export interface RosterCsvResult {
  rows: RosterRow[];
  problems: RosterProblem[];
}

/** Every row read and checked; every problem found, not just the first. */
export function parseRosterCsv(text: string): RosterCsvResult {
  if (text.includes('\uFFFD'))
    return {
      rows: [],
      problems: [
        {
          line: 0,
          message: 'The file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”',
        },
      ],
    };
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (err) {
    return {
      rows: [],
      problems: [
        { line: 0, message: `The file could not be read as CSV: ${(err as Error).message}` },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 0, message: 'The file is empty' }] };
  const fields = header.map(fieldOf);
  const missing = REQUIRED.filter((f) => !fields.includes(f));
  if (missing.length)
    return {
      rows: [],
      problems: [
        {
          line: 1,
          message: `Missing columns: ${missing.map((f) => COLUMN_NAMES[f]).join(', ')}`,
        },
      ],
    };
  const rows: RosterRow[] = [];
  const problems: RosterProblem[] = [];
  body.forEach((cellsOfRow, i) => {
    const line = i + 2;
    const cells = new Map<string, string>();
    fields.forEach((f, col) => {
      if (f) cells.set(f, cellsOfRow[col] ?? '');
    });
    const parsed = pupilInputSchema.safeParse(inputOf(cells));
    if (!parsed.success) {
      // One message a cell: the first thing wrong with it is what to fix.
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = columnOf(issue.path);
        if (seen.has(column)) continue;
        seen.add(column);
        problems.push({ line, column, message: issue.message });
      }
      return;
    }
    if (!parsed.data.upn) {
      problems.push({ line, column: 'UPN', message: 'Enter the pupil’s UPN: imports match on it' });
      return;
    }
    rows.push({ line, input: { ...parsed.data, upn: parsed.data.upn } });
  });
  return { rows, problems };
}
