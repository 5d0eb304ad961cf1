// The attendance marks file an office exports from its register (MIS) and imports here:
//
//   upn,date,session,code
//   A123456789012,2026-09-07,AM,/
//   A123456789012,07/09/2026,PM,O
//
// One row per pupil, date and session (AM or PM), with a national attendance code (codes.ts).
// Dates are YYYY-MM-DD or DD/MM/YYYY (spreadsheets rewrite the first into the second). Other
// columns are ignored. The file must be UTF-8 (a spreadsheet's "CSV UTF-8"): anything else is
// refused whole rather than guessed at, since a mis-decoded file could match the wrong pupil.
// csv-parse reads the CSV itself (quotes, a byte-order mark, CRLF), as for the school calendar.

import { parse } from 'csv-parse/sync';
import { upnProblem, normaliseUpn } from '../people/upn.ts';
import { isIsoDate } from '../shared/dates.ts';
import { attendanceCode, type Session } from './codes.ts';

export type MarksCsvField = 'upn' | 'date' | 'session' | 'code';

/** A problem: `row` is the spreadsheet row (the header is row 1), absent for the whole file. */
export interface MarksCsvError {
  row?: number;
  field?: MarksCsvField;
  message: string;
}

export interface MarkLine {
  row: number;
  upn: string;
  date: string;
  session: Session;
  code: string;
}

export type MarksCsvResult =
  { ok: true; lines: MarkLine[] } | { ok: false; errors: MarksCsvError[] };

/** Bytes, not characters: a term's marks for a large school fit well inside. */
export const MAX_MARKS_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_MARK_ROWS = 60_000;
/** A long file of mistakes is reported in part: the first problems are enough to fix it. */
const MAX_ERRORS = 200;

const COLUMNS: readonly MarksCsvField[] = ['upn', 'date', 'session', 'code'];
/** Registers are kept for years, not decades: an older date is a typing mistake. */
const EARLIEST = '2000-01-01';
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** YYYY-MM-DD from either way of writing a date, or null. */
export function readMarkDate(cell: string): string | null {
  if (isIsoDate(cell)) return cell;
  const m = UK.exec(cell);
  if (!m) return null;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function decode(bytes: Uint8Array): string | MarksCsvError {
  if (bytes.length === 0) return { message: 'The file is empty' };
  if (bytes.length > MAX_MARKS_FILE_BYTES)
    return { message: 'The file is larger than 2 MB: import a term or a half term at a time' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      message:
        'The file is not UTF-8 text. In your spreadsheet choose "Save as", then "CSV UTF-8", and try again',
    };
  }
  // Valid UTF-8 can still be a binary file (a spreadsheet's own format, an image).
  if (text.includes('\u0000'))
    return { message: 'This is not a CSV file: save the register export as CSV UTF-8' };
  return text;
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function records(text: string): CsvRecord[] | MarksCsvError {
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
      message: `The file is not valid CSV: ${(err as Error).message}`,
    };
  }
}

function readLine(
  cells: Record<MarksCsvField, string>,
  row: number,
  today: string,
  errors: MarksCsvError[],
): MarkLine | null {
  const before = errors.length;
  const fail = (field: MarksCsvField, message: string) => errors.push({ row, field, message });
  const upn = normaliseUpn(cells.upn);
  const problem = upn ? upnProblem(upn) : 'format';
  if (!cells.upn) fail('upn', 'The UPN is missing');
  else if (problem === 'format') fail('upn', `"${cells.upn}" is not a UPN (a letter and 12 more)`);
  else if (problem) fail('upn', `"${cells.upn}" is not a UPN: its check letter is wrong`);
  const date = readMarkDate(cells.date);
  if (!cells.date) fail('date', 'The date is missing');
  else if (!date) fail('date', `"${cells.date}" is not a date (write YYYY-MM-DD or DD/MM/YYYY)`);
  else if (date > today) fail('date', `${date} has not happened yet`);
  else if (date < EARLIEST) fail('date', `${date} is before ${EARLIEST}: check the year`);
  const session = cells.session.toUpperCase();
  if (session !== 'AM' && session !== 'PM')
    fail('session', `"${cells.session}" is not a session (write AM or PM)`);
  const code = attendanceCode(cells.code);
  if (!cells.code) fail('code', 'The attendance code is missing');
  else if (!code) fail('code', `"${cells.code}" is not a national attendance code`);
  if (errors.length > before || !date || !code) return null;
  return { row, upn, date, session: session as Session, code: code.code };
}

/** Reads a marks file; every problem is reported (up to a limit), not just the first. */
export function parseMarksCsv(bytes: Uint8Array, today: string): MarksCsvResult {
  const text = decode(bytes);
  if (typeof text !== 'string') return { ok: false, errors: [text] };
  const all = records(text);
  if (!Array.isArray(all)) return { ok: false, errors: [all] };
  const [header, ...body] = all;
  const names = header?.record.map((h) => h.toLowerCase()) ?? [];
  const missing = COLUMNS.filter((col) => !names.includes(col));
  if (!header || missing.length > 0)
    return {
      ok: false,
      errors: [
        {
          row: header?.info.lines ?? 1,
          message: `The first row must be the header upn,date,session,code (missing: ${missing.join(', ')})`,
        },
      ],
    };
  if (body.length === 0) return { ok: false, errors: [{ message: 'The file has no marks' }] };
  if (body.length > MAX_MARK_ROWS)
    return {
      ok: false,
      errors: [{ message: `The file has more than ${MAX_MARK_ROWS} marks: import it in parts` }],
    };
  const errors: MarksCsvError[] = [];
  const lines: MarkLine[] = [];
  const seen = new Map<string, MarkLine>();
  for (const { record, info } of body) {
    if (errors.length >= MAX_ERRORS) break;
    const cells = Object.fromEntries(
      COLUMNS.map((col) => [col, record[names.indexOf(col)] ?? '']),
    ) as Record<MarksCsvField, string>;
    const line = readLine(cells, info.lines, today, errors);
    if (!line) continue;
    const key = `${line.upn}|${line.date}|${line.session}`;
    const earlier = seen.get(key);
    if (earlier && earlier.code !== line.code) {
      errors.push({
        row: line.row,
        field: 'code',
        message: `A second, different mark for this pupil's ${line.date} ${line.session} (row ${earlier.row})`,
      });
      continue;
    }
    if (earlier) continue;
    seen.set(key, line);
    lines.push(line);
  }
  return errors.length ? { ok: false, errors } : { ok: true, lines };
}
