// The school calendar file an administrator keeps in a spreadsheet and saves as CSV:
//
//   kind,name,start,end
//   term,Autumn 2026,2026-09-03,2026-12-18
//   inset,INSET day,2026-09-02,
//   half-term,October half term,2026-10-26,2026-10-30
//   closure,Polling day,2027-05-06,
//
// Kinds: term, inset, closure, holiday, and half-term (a holiday inside a term). Dates are
// YYYY-MM-DD or DD/MM/YYYY, because UK spreadsheets rewrite the first into the second on saving.
// `end` may be left empty for a single day, except on a term. Other columns (notes…) are ignored.
// csv-parse (MIT, no dependencies) reads the CSV itself: spreadsheets quote names containing
// commas, add a byte-order mark and write CRLF, and a hand-written reader would have to be tested
// for all of that.

import { parse } from 'csv-parse/sync';
import {
  FIRST_YEAR,
  LAST_YEAR,
  dayNumber,
  daysFromCivil,
  daysInMonth,
  isoDate,
} from './day-number.ts';
import type { IsoDate } from './day-number.ts';
import type { Closure, ClosureKind, SchoolCalendar, Term } from './school-calendar.ts';

/** A column of the calendar file. */
export type CalendarCsvField = 'kind' | 'name' | 'start' | 'end';

/** A problem in the file: `row` is the spreadsheet row (the header is row 1), absent for the file. */
export interface CalendarCsvError {
  readonly row?: number;
  readonly field?: CalendarCsvField;
  readonly message: string;
}

/** The calendar, or every problem found (not just the first). */
export type CalendarCsvResult =
  | { readonly ok: true; readonly calendar: SchoolCalendar }
  | { readonly ok: false; readonly errors: readonly CalendarCsvError[] };

const COLUMNS: readonly CalendarCsvField[] = ['kind', 'name', 'start', 'end'];

const KINDS: ReadonlyMap<string, { kind: 'term' | ClosureKind; defaultName?: string }> = new Map([
  ['term', { kind: 'term' }],
  ['inset', { kind: 'inset', defaultName: 'INSET day' }],
  ['closure', { kind: 'closure', defaultName: 'School closed' }],
  ['holiday', { kind: 'holiday', defaultName: 'Holiday' }],
  ['half-term', { kind: 'holiday', defaultName: 'Half term' }],
  ['half term', { kind: 'holiday', defaultName: 'Half term' }],
]);

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date cell as YYYY-MM-DD, or a message saying what is wrong with it. */
function readDate(cell: string): { date: IsoDate } | { problem: string } {
  let date: IsoDate | undefined;
  if (ISO.test(cell)) {
    try {
      date = isoDate(dayNumber(cell));
    } catch {
      date = undefined;
    }
  } else {
    const m = UK.exec(cell);
    const [d, mo, y] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
    if (m && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) {
      date = isoDate(daysFromCivil(y, mo, d));
    }
  }
  if (date === undefined)
    return { problem: `"${cell}" is not a date (write YYYY-MM-DD or DD/MM/YYYY)` };
  const year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return { problem: `${date} is outside the years Haven supports (${FIRST_YEAR}–${LAST_YEAR})` };
  }
  return { date };
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function readRecords(text: string): CsvRecord[] | CalendarCsvError {
  try {
    // With `info: true` csv-parse returns {record, info} objects; its typings only describe arrays.
    return parse(text, {
      bom: true,
      trim: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
    }) as unknown as CsvRecord[];
  } catch (err) {
    const lines = (err as { lines?: unknown }).lines;
    return {
      ...(typeof lines === 'number' ? { row: lines } : {}),
      message: `the file is not valid CSV: ${(err as Error).message}`,
    };
  }
}

type Row = { row: number } & (
  { kind: 'term'; term: Term } | { kind: ClosureKind; closure: Closure }
);

function readRow(
  cells: Record<CalendarCsvField, string>,
  row: number,
  errors: CalendarCsvError[],
): Row | null {
  const before = errors.length;
  const fail = (field: CalendarCsvField, message: string) => errors.push({ row, field, message });
  const kind = KINDS.get(cells.kind.toLowerCase());
  if (!kind) fail('kind', `unknown kind "${cells.kind}" (use ${[...KINDS.keys()].join(', ')})`);
  const name = cells.name || kind?.defaultName;
  if (kind && !name) fail('name', 'a term needs a name');
  const start = readDate(cells.start);
  if (!cells.start) fail('start', 'start date is missing');
  else if ('problem' in start) fail('start', start.problem);
  let end: ReturnType<typeof readDate> = start;
  if (cells.end) end = readDate(cells.end);
  else if (kind?.kind === 'term') fail('end', 'a term needs an end date');
  if (cells.end && 'problem' in end) fail('end', end.problem);
  if ('date' in start && 'date' in end && end.date < start.date) {
    fail('end', `end ${end.date} is before start ${start.date}`);
  }
  if (errors.length > before || !kind || !name || !('date' in start) || !('date' in end)) {
    return null;
  }
  const span = { name, first: start.date, last: end.date };
  return kind.kind === 'term'
    ? { row, kind: 'term', term: span }
    : { row, kind: kind.kind, closure: { kind: kind.kind, ...span } };
}

function overlappingTerms(terms: readonly { row: number; term: Term }[]): CalendarCsvError[] {
  const sorted = [...terms].sort((a, b) => a.term.first.localeCompare(b.term.first));
  const errors: CalendarCsvError[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1], sorted[i]] as [(typeof sorted)[0], (typeof sorted)[0]];
    if (cur.term.first <= prev.term.last) {
      const [later, earlier] = cur.row > prev.row ? [cur, prev] : [prev, cur];
      errors.push({
        row: later.row,
        field: 'start',
        message: `term "${later.term.name}" overlaps term "${earlier.term.name}" (row ${earlier.row})`,
      });
    }
  }
  return errors;
}

/** Reads a school calendar file (see the format at the top of this file). */
export function parseSchoolCalendarCsv(text: string): CalendarCsvResult {
  const records = readRecords(text);
  if (!Array.isArray(records)) return { ok: false, errors: [records] };
  const [header, ...body] = records;
  const names = header?.record.map((h) => h.toLowerCase()) ?? [];
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (!header || missing.length > 0) {
    const message = `the first row must be the header kind,name,start,end (missing: ${missing.join(', ')})`;
    return { ok: false, errors: [{ row: header?.info.lines ?? 1, message }] };
  }
  const errors: CalendarCsvError[] = [];
  const rows: Row[] = [];
  for (const { record, info } of body) {
    const cells = Object.fromEntries(
      COLUMNS.map((c) => [c, record[names.indexOf(c)] ?? '']),
    ) as Record<CalendarCsvField, string>;
    const row = readRow(cells, info.lines, errors);
    if (row) rows.push(row);
  }
  const terms = rows.flatMap((r) => (r.kind === 'term' ? [{ row: r.row, term: r.term }] : []));
  errors.push(...overlappingTerms(terms));
  if (errors.length === 0 && terms.length === 0) {
    errors.push({ message: 'the file has no term rows, so no day would be a school day' });
  }
  if (errors.length > 0) {
    return { ok: false, errors: errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  }
  const byFirst = <T extends { first: IsoDate }>(a: T, b: T) => a.first.localeCompare(b.first);
  return {
    ok: true,
    calendar: {
      terms: terms.map((t) => t.term).sort(byFirst),
      closures: rows.flatMap((r) => (r.kind === 'term' ? [] : [r.closure])).sort(byFirst),
    },
  };
}
