import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addSchoolDays,
  consecutiveSchoolDaysAbsent,
  dayNumber,
  isBankHoliday,
  isoDate,
  isoWeekday,
  isSchoolDay,
  nextSchoolDay,
  nonSchoolDayReason,
  parseSchoolCalendarCsv,
  schoolDaysBetween,
  type Closure,
  type SchoolCalendar,
} from '../../../src/core/calendar/index.ts';

function calendarFrom(csv: string): SchoolCalendar {
  const result = parseSchoolCalendarCsv(csv);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.calendar;
}

const autumn2026 = calendarFrom(`kind,name,start,end
term,Autumn 2026,2026-09-03,2026-12-18
inset,INSET day,2026-09-02,
half-term,October half term,2026-10-26,2026-10-30
inset,INSET day,2026-11-02,
term,Spring 2027,2027-01-05,2027-03-26
half-term,February half term,2027-02-15,2027-02-19
`);

/** Every date from `first` to `last` inclusive. */
function datesFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = dayNumber(first); d <= dayNumber(last); d++) out.push(isoDate(d));
  return out;
}

describe('school days', () => {
  test('a school day is a weekday in term that is not a closure or bank holiday', () => {
    expect(isSchoolDay(autumn2026, '2026-09-03')).toBe(true);
    expect(isSchoolDay(autumn2026, '2026-09-02')).toBe(false);
    expect(isSchoolDay(autumn2026, '2026-09-05')).toBe(false);
    expect(isSchoolDay(autumn2026, '2026-10-27')).toBe(false);
    expect(isSchoolDay(autumn2026, '2026-11-02')).toBe(false);
    expect(isSchoolDay(autumn2026, '2026-12-21')).toBe(false);
    expect(nonSchoolDayReason(autumn2026, '2026-10-27')).toEqual({
      reason: 'closure',
      name: 'October half term',
    });
    expect(nonSchoolDayReason(autumn2026, '2026-12-25')).toEqual({ reason: 'not-in-term' });
    expect(nonSchoolDayReason(autumn2026, '2026-09-05')).toEqual({ reason: 'weekend' });
    expect(nonSchoolDayReason(autumn2026, '2026-09-04')).toBeNull();
  });

  test('a bank holiday inside a term is not a school day', () => {
    const summer = calendarFrom('kind,name,start,end\nterm,Summer 2027,2027-04-12,2027-07-21\n');
    expect(isSchoolDay(summer, '2027-05-03')).toBe(false);
    expect(nonSchoolDayReason(summer, '2027-05-03')).toEqual({ reason: 'bank-holiday' });
    expect(nextSchoolDay(summer, '2027-04-30')).toBe('2027-05-04');
  });

  test('counting skips weekends, half term, INSET days and the holidays between terms', () => {
    expect(nextSchoolDay(autumn2026, '2026-10-23')).toBe('2026-11-03');
    expect(addSchoolDays(autumn2026, '2026-10-22', 3)).toBe('2026-11-04');
    expect(addSchoolDays(autumn2026, '2026-12-17', 2)).toBe('2027-01-05');
    expect(addSchoolDays(autumn2026, '2026-12-25', 1)).toBe('2027-01-05');
    expect(addSchoolDays(autumn2026, '2026-12-25', 0)).toBe('2026-12-25');
    expect(addSchoolDays(autumn2026, '2027-03-26', 1)).toBeNull();
    expect(schoolDaysBetween(autumn2026, '2026-10-22', '2026-11-04')).toBe(3);
    expect(schoolDaysBetween(autumn2026, '2026-11-04', '2026-10-22')).toBe(-3);
    expect(schoolDaysBetween(autumn2026, '2026-10-24', '2026-11-02')).toBe(0);
  });

  test('[D10] ten continuous school days of absence across a half term and an INSET day', () => {
    // Absent Mon 19 – Fri 23 Oct (5 school days); half term 26–30 Oct and the INSET day on
    // Mon 2 Nov neither break the run nor count in it; absent again Tue 3 – Mon 9 Nov (5 more).
    const absent = [
      ...datesFrom('2026-10-19', '2026-10-23'),
      ...datesFrom('2026-11-03', '2026-11-09'),
    ];
    expect(consecutiveSchoolDaysAbsent(autumn2026, absent, '2026-11-06')).toBe(9);
    expect(consecutiveSchoolDaysAbsent(autumn2026, absent, '2026-11-09')).toBe(10);
    // Asking on a later non-school day still sees the run that ended on the last school day.
    expect(consecutiveSchoolDaysAbsent(autumn2026, absent, '2026-11-08')).toBe(9);
    // A day in school breaks the run.
    const attendedFriday = absent.filter((d) => d !== '2026-10-23');
    expect(consecutiveSchoolDaysAbsent(autumn2026, attendedFriday, '2026-11-09')).toBe(5);
    // Absence marks on half term or the INSET day change nothing.
    const withHoliday = [...absent, ...datesFrom('2026-10-24', '2026-11-02')];
    expect(consecutiveSchoolDaysAbsent(autumn2026, withHoliday, '2026-11-09')).toBe(10);
    // Absences after `upTo` are not counted yet.
    expect(consecutiveSchoolDaysAbsent(autumn2026, absent, '2026-10-20')).toBe(2);
    expect(consecutiveSchoolDaysAbsent(autumn2026, [], '2026-11-09')).toBe(0);
  });
});

// A generated calendar for one academic year: three non-overlapping terms and some closures.
const calendars = fc
  .record({
    year: fc.integer({ min: 2015, max: 2034 }),
    cuts: fc.uniqueArray(fc.integer({ min: 0, max: 330 }), { minLength: 6, maxLength: 6 }),
    closures: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 330 }),
        length: fc.integer({ min: 1, max: 7 }),
        kind: fc.constantFrom<Closure['kind']>('inset', 'closure', 'holiday'),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ year, cuts, closures }): { cal: SchoolCalendar; base: number } => {
    const base = dayNumber(`${year}-09-01`);
    const c = [...cuts].sort((a, b) => a - b);
    const terms = [0, 2, 4].map((i) => ({
      name: `Term ${i / 2 + 1}`,
      first: isoDate(base + (c[i] as number)),
      last: isoDate(base + (c[i + 1] as number)),
    }));
    const cal = {
      terms,
      closures: closures.map((x, i) => ({
        kind: x.kind,
        name: `Closure ${i}`,
        first: isoDate(base + x.at),
        last: isoDate(base + x.at + x.length - 1),
      })),
    };
    return { cal, base };
  });

function naiveIsSchoolDay(cal: SchoolCalendar, date: string): boolean {
  const inTerm = cal.terms.some((t) => t.first <= date && date <= t.last);
  const closed = cal.closures.some((c) => c.first <= date && date <= c.last);
  return inTerm && !closed && isoWeekday(dayNumber(date)) <= 5 && !isBankHoliday(date);
}

const offsets = fc.integer({ min: -10, max: 380 });

describe('school day properties, on generated calendars', () => {
  test('isSchoolDay matches its definition', () => {
    fc.assert(
      fc.property(calendars, offsets, ({ cal, base }, o) => {
        const d = isoDate(base + o);
        expect(isSchoolDay(cal, d)).toBe(naiveIsSchoolDay(cal, d));
      }),
      { numRuns: 500 },
    );
  });

  test('addSchoolDays lands on a school day n school days later, or runs off the calendar', () => {
    fc.assert(
      fc.property(calendars, offsets, fc.integer({ min: 1, max: 60 }), ({ cal, base }, o, n) => {
        const from = isoDate(base + o);
        const due = addSchoolDays(cal, from, n);
        if (due === null) {
          expect(schoolDaysBetween(cal, from, '2199-12-31')).toBeLessThan(n);
          return;
        }
        expect(isSchoolDay(cal, due)).toBe(true);
        expect(schoolDaysBetween(cal, from, due)).toBe(n);
        const between = datesFrom(from, due).slice(1, -1);
        expect(between.filter((d) => naiveIsSchoolDay(cal, d))).toHaveLength(n - 1);
      }),
      { numRuns: 300 },
    );
  });

  test('adding m then n school days is adding m + n', () => {
    fc.assert(
      fc.property(
        calendars,
        offsets,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        ({ cal, base }, o, m, n) => {
          const from = isoDate(base + o);
          const mid = addSchoolDays(cal, from, m);
          const whole = addSchoolDays(cal, from, m + n);
          if (mid === null) expect(whole).toBeNull();
          else expect(addSchoolDays(cal, mid, n)).toBe(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the absence run matches walking back over school days one by one', () => {
    fc.assert(
      fc.property(
        calendars,
        fc.uniqueArray(fc.integer({ min: 0, max: 330 }), { maxLength: 200 }),
        offsets,
        ({ cal, base }, absentOffsets, o) => {
          const absent = new Set(absentOffsets.map((x) => isoDate(base + x)));
          const upTo = isoDate(base + o);
          let expected = 0;
          for (let d = base + o; d >= base - 10; d--) {
            const date = isoDate(d);
            if (!naiveIsSchoolDay(cal, date)) continue;
            if (!absent.has(date)) break;
            expected++;
          }
          expect(consecutiveSchoolDaysAbsent(cal, absent, upTo)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
