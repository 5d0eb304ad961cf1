import { describe, expect, test } from 'vitest';
import { parseSchoolCalendarCsv, type CalendarCsvError } from '../../../src/core/calendar/index.ts';

function errorsOf(csv: string): readonly CalendarCsvError[] {
  const result = parseSchoolCalendarCsv(csv);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('school calendar CSV', () => {
  test('reads what a spreadsheet saves: BOM, CRLF, quoted commas, UK dates, extra columns', () => {
    const csv =
      '\ufeffKind,Name,Start,End,Notes\r\n' +
      'term,"Autumn 2026, first half",03/09/2026,23/10/2026,\r\n' +
      'inset,,2026-09-02,,staff only\r\n' +
      'Half-Term,October half term,2026-10-26,2026-10-30,\r\n' +
      'closure,Polling day,2027-05-06,,\r\n' +
      ',,,,\r\n';
    expect(parseSchoolCalendarCsv(csv)).toEqual({
      ok: true,
      calendar: {
        terms: [{ name: 'Autumn 2026, first half', first: '2026-09-03', last: '2026-10-23' }],
        closures: [
          { kind: 'inset', name: 'INSET day', first: '2026-09-02', last: '2026-09-02' },
          { kind: 'holiday', name: 'October half term', first: '2026-10-26', last: '2026-10-30' },
          { kind: 'closure', name: 'Polling day', first: '2027-05-06', last: '2027-05-06' },
        ],
      },
    });
  });

  test('names the row and field of each problem, all at once', () => {
    const errors = errorsOf(
      [
        'kind,name,start,end',
        'term,Autumn 2026,2026-09-03,2026-12-18',
        'trem,Spring 2027,2027-01-05,2027-03-26',
        'inset,INSET,31/02/2027,',
        'closure,Snow,2027-02-10,2027-02-08',
        'term,,2027-04-12,',
        'term,Overlap,2026-12-01,2027-01-04',
        'holiday,Far future,2300-01-01,',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'kind'],
      [4, 'start'],
      [5, 'end'],
      [6, 'name'],
      [6, 'end'],
      [7, 'start'],
      [8, 'start'],
    ]);
    expect(errors[0]?.message).toMatch(/unknown kind "trem"/);
    expect(errors[1]?.message).toMatch(/"31\/02\/2027" is not a date/);
    expect(errors[2]?.message).toBe('end 2027-02-08 is before start 2027-02-10');
    expect(errors[5]?.message).toBe('term "Overlap" overlaps term "Autumn 2026" (row 2)');
  });

  test('asks for the header when it is missing', () => {
    const errors = errorsOf('term,Autumn 2026,2026-09-03,2026-12-18\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 1 });
    expect(errors[0]?.message).toMatch(/header kind,name,start,end/);
    expect(errorsOf('')[0]?.message).toMatch(/header/);
  });

  test('a file with no terms is an error, because it would have no school days', () => {
    expect(errorsOf('kind,name,start,end\ninset,INSET,2026-09-02,\n')).toEqual([
      { message: 'the file has no term rows, so no day would be a school day' },
    ]);
  });

  test('broken quoting is reported with its line', () => {
    const errors = errorsOf('kind,name,start,end\nterm,"Autumn,2026-09-03,2026-12-18\n');
    expect(errors[0]?.message).toMatch(/not valid CSV/);
    expect(errors[0]?.row).toBeTypeOf('number');
  });
});
