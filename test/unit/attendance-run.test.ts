import { describe, expect, test } from 'vitest';
import { schoolCalendarOf } from '../../src/core/calendar/use-cases/school-calendar.ts';
import { ATTENDANCE_CODES, attendanceCode } from '../../src/core/attendance/codes.ts';
import { parseMarksCsv } from '../../src/core/attendance/marks-csv.ts';
import { summarise, unauthorisedRun, type Mark } from '../../src/core/attendance/summary.ts';
import { AUTUMN_2026, RUN_DAYS } from '../attendance/support.ts';

const calendar = schoolCalendarOf(
  AUTUMN_2026 as { kind: 'term'; name: string; first: string; last: string }[],
);
const day = (date: string, am: string, pm = am): Mark[] => [
  { date, session: 'AM', code: am },
  { date, session: 'PM', code: pm },
];

describe('the 10-school-day rule on the school calendar', () => {
  test('[D10] a run spans the October half term and the INSET day without counting them', () => {
    const marks = RUN_DAYS.slice(0, 10).flatMap((d) => day(d, 'O'));
    expect(unauthorisedRun(calendar, marks)).toEqual({
      days: 10,
      first: '2026-10-15',
      last: '2026-11-05',
    });
    expect(unauthorisedRun(calendar, marks.slice(0, 18)).days).toBe(9);
  });

  test('[D10] a day counts only when both sessions are unauthorised; any other mark ends the run', () => {
    const [first, second, third] = RUN_DAYS as [string, string, string];
    expect(unauthorisedRun(calendar, [...day(first, 'O'), ...day(second, 'G', 'N')]).days).toBe(2);
    expect(unauthorisedRun(calendar, [...day(first, 'O'), ...day(second, 'O', 'I')]).days).toBe(0);
    expect(
      unauthorisedRun(calendar, [...day(first, 'O'), ...day(second, '/', 'L'), ...day(third, 'U')])
        .days,
    ).toBe(1);
    // An unmarked school day in the middle breaks the run; a half-marked latest day shows none.
    expect(unauthorisedRun(calendar, [...day(first, 'O'), ...day(third, 'O')]).days).toBe(1);
    expect(
      unauthorisedRun(calendar, [...day(first, 'O'), { date: second, session: 'AM', code: 'O' }])
        .days,
    ).toBe(0);
  });

  test('a summary counts possible sessions, present, authorised and unauthorised', () => {
    const marks = [
      ...day('2026-11-03', '/', '\\'),
      ...day('2026-11-04', 'I'),
      ...day('2026-11-05', 'B', 'O'),
      ...day('2026-11-06', 'Y1'),
    ];
    expect(summarise(calendar, marks)).toMatchObject({
      possible: 6,
      present: 3,
      authorised: 2,
      unauthorised: 1,
      notCounted: 2,
      percentage: 50,
    });
  });
});

describe('marks on days the school was shut', () => {
  const marks = [
    ...day('2026-11-03', '/'),
    ...day('2026-11-07', 'O'), // a Saturday
    ...day('2026-10-28', '/', 'O'), // half term
    { date: '2026-11-02', session: 'AM' as const, code: 'O' }, // an INSET day
  ];

  test('[D10] count for nothing, as in the run, and are named in the summary', () => {
    expect(summarise(calendar, marks)).toMatchObject({
      possible: 2,
      present: 2,
      unauthorised: 0,
      percentage: 100,
      run: { days: 0 },
      offCalendar: { marks: 5, days: 3, dates: ['2026-10-28', '2026-11-02', '2026-11-07'] },
    });
  });

  test('a summary names the first five such days, oldest first, and counts them all', () => {
    const saturdays = ['2026-09-05', '2026-09-12', '2026-09-19', '2026-09-26', '2026-10-03'];
    const off = summarise(calendar, [
      ...marks,
      ...saturdays.flatMap((d) => day(d, '/')),
    ]).offCalendar;
    expect(off).toEqual({ marks: 15, days: 8, dates: saturdays });
  });

  test('with no terms on the calendar no day can be told apart, so every mark counts', () => {
    const none = schoolCalendarOf([]);
    expect(summarise(none, marks)).toMatchObject({
      possible: 7,
      present: 3,
      unauthorised: 4,
      offCalendar: { marks: 0, days: 0, dates: [] },
    });
  });
});

describe('the DfE attendance codes', () => {
  test('each code has one meaning and one category, and codes read case-insensitively', () => {
    const codes = ATTENDANCE_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of [
      '/',
      '\\',
      'L',
      'U',
      'B',
      'D',
      'K',
      'P',
      'V',
      'W',
      'J1',
      'C',
      'C1',
      'C2',
      'E',
      'I',
      'M',
      'R',
      'S',
      'T',
      'O',
      'G',
      'N',
      'Q',
      'X',
      'Y1',
      'Y7',
      'Z',
      '#',
    ])
      expect(codes, c).toContain(c);
    expect(attendanceCode('j1')?.code).toBe('J1');
    expect(attendanceCode('U')?.category).toBe('unauthorised');
    expect(attendanceCode('D')?.category).toBe('not_counted');
    expect(attendanceCode('H')).toBeNull();
  });

  test('the parser reads BOM, CRLF, quotes, UK dates and extra columns', () => {
    const text =
      '\ufeffUPN,Name,Date,Session,Code\r\nB801200005001,"Fictional, Amelia",03/11/2026,am,o\r\n';
    expect(parseMarksCsv(new TextEncoder().encode(text), '2026-11-05')).toEqual({
      ok: true,
      lines: [{ row: 2, upn: 'B801200005001', date: '2026-11-03', session: 'AM', code: 'O' }],
    });
    const twice =
      'upn,date,session,code\nB801200005001,2026-11-03,AM,O\nB801200005001,2026-11-03,AM,/\n';
    expect(parseMarksCsv(new TextEncoder().encode(twice), '2026-11-05')).toMatchObject({
      ok: false,
      errors: [{ row: 3, field: 'code' }],
    });
  });
});
