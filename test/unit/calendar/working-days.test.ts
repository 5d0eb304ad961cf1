import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  dayNumber,
  endOfNextWorkingDay,
  isWorkingDay,
  londonDate,
  londonDateTime,
  londonWallClock,
  nextWorkingDay,
  workingDaysBetween,
} from '../../../src/core/calendar/index.ts';

const DAY = 86_400_000;

// [London start, n, the due instant in UTC]. UTC is written out by hand (BST is UTC+1 from the
// last Sunday of March to the last Sunday of October) so the table does not lean on the code.
const CASES: [string, number, string, string][] = [
  ['2025-12-19 16:40', 1, '2025-12-22T16:40:00.000Z', 'Friday to Monday'],
  ['2025-12-24 10:00', 1, '2025-12-29T10:00:00.000Z', 'over Christmas and a weekend'],
  ['2025-12-24 10:00', 2, '2025-12-30T10:00:00.000Z', 'Christmas, second day'],
  ['2025-12-31 09:00', 1, '2026-01-02T09:00:00.000Z', "over New Year's Day"],
  ['2021-12-23 12:00', 2, '2021-12-29T12:00:00.000Z', 'Christmas 2021 substitutes 27 and 28'],
  ['2022-12-23 15:00', 1, '2022-12-28T15:00:00.000Z', 'Christmas 2022 substitutes 26 and 27'],
  ['2022-12-30 15:00', 1, '2023-01-03T15:00:00.000Z', 'New Year 2023 substitute on 2 Jan'],
  ['2027-12-24 09:30', 1, '2027-12-29T09:30:00.000Z', 'Christmas 2027 substitutes 27 and 28'],
  ['2032-12-24 09:30', 1, '2032-12-29T09:30:00.000Z', 'Christmas 2032 substitutes 27 and 28'],
  ['2025-04-17 14:00', 1, '2025-04-22T13:00:00.000Z', 'over Easter (BST)'],
  ['2022-06-01 11:00', 1, '2022-06-06T10:00:00.000Z', 'over the 2022 jubilee Thursday and Friday'],
  ['2022-09-16 10:00', 1, '2022-09-20T09:00:00.000Z', 'over the 2022 state funeral'],
  ['2023-05-05 17:00', 1, '2023-05-09T16:00:00.000Z', 'over the 2023 coronation Monday'],
  ['2020-05-07 09:00', 1, '2020-05-11T08:00:00.000Z', 'over the 2020 VE day Friday'],
  ['2012-06-01 09:00', 1, '2012-06-06T08:00:00.000Z', 'over the 2012 jubilee'],
  ['2011-04-28 09:00', 1, '2011-05-03T08:00:00.000Z', 'over the 2011 royal wedding and May Day'],
  ['2025-03-28 16:40', 1, '2025-03-31T15:40:00.000Z', 'into BST: 16:40 GMT to 16:40 BST'],
  ['2025-10-24 16:40', 1, '2025-10-27T16:40:00.000Z', 'out of BST: 16:40 BST to 16:40 GMT'],
  ['2025-12-15 09:00', 10, '2025-12-31T09:00:00.000Z', 'ten days across Christmas'],
  ['2025-12-20 10:00', 1, '2025-12-22T23:59:59.999Z', 'Saturday start: end of Monday'],
  ['2025-12-21 23:30', 2, '2025-12-23T23:59:59.999Z', 'Sunday start, two days: end of Tuesday'],
  ['2025-08-25 09:00', 1, '2025-08-26T22:59:59.999Z', 'bank holiday start: end of Tuesday'],
  ['2026-04-03 08:00', 1, '2026-04-07T22:59:59.999Z', 'Good Friday start: end of Tuesday'],
  ['2025-03-30 03:00', 1, '2025-03-31T22:59:59.999Z', 'start on the Sunday clocks go forward'],
];

const at = (s: string) => londonDateTime(s.slice(0, 10), s.slice(11));

describe('addWorkingDays', () => {
  test.each(CASES)('%s + %i → %s (%s)', (start, n, due) => {
    expect(addWorkingDays(at(start), n).toISOString()).toBe(due);
  });

  test('the London date decides: 00:30 BST on Saturday is a Saturday, though UTC says Friday', () => {
    const t = new Date('2025-07-04T23:30:00Z');
    expect(addWorkingDays(t, 1).toISOString()).toBe('2025-07-07T22:59:59.999Z');
  });

  test('adding 0 changes nothing, even at a weekend', () => {
    const sat = at('2025-12-20 10:00');
    expect(addWorkingDays(sat, 0).getTime()).toBe(sat.getTime());
  });

  test('refuses negative or fractional counts', () => {
    expect(() => addWorkingDays(at('2025-12-19 10:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(at('2025-12-19 10:00'), 1.5)).toThrow(RangeError);
  });
});

describe('working days', () => {
  test('weekends and bank holidays are not working days', () => {
    expect(isWorkingDay('2025-12-19')).toBe(true);
    expect(isWorkingDay('2025-12-20')).toBe(false);
    expect(isWorkingDay('2025-12-25')).toBe(false);
    expect(isWorkingDay(dayNumber('2022-09-19'))).toBe(false);
    expect(nextWorkingDay('2025-12-24')).toBe('2025-12-29');
  });

  test('end of the next working day is 23:59:59.999 London time', () => {
    expect(endOfNextWorkingDay(at('2025-12-19 16:40')).toISOString()).toBe(
      '2025-12-22T23:59:59.999Z',
    );
    expect(endOfNextWorkingDay(at('2025-12-20 10:00')).toISOString()).toBe(
      '2025-12-22T23:59:59.999Z',
    );
    expect(endOfNextWorkingDay(at('2025-06-30 23:30')).toISOString()).toBe(
      '2025-07-01T22:59:59.999Z',
    );
  });

  test('workingDaysBetween counts after `from` up to and including `to`, and is signed', () => {
    expect(workingDaysBetween('2025-12-19', '2025-12-22')).toBe(1);
    expect(workingDaysBetween('2025-12-22', '2025-12-19')).toBe(-1);
    expect(workingDaysBetween('2025-12-24', '2025-12-29')).toBe(1);
    expect(workingDaysBetween('2025-12-20', '2025-12-21')).toBe(0);
    expect(Object.is(workingDaysBetween('2025-12-21', '2025-12-20'), 0)).toBe(true);
  });
});

const instants = fc
  .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((t) => new Date(t));
const counts = fc.integer({ min: 0, max: 40 });
const londonDay = (t: Date) => dayNumber(londonDate(t));

describe('addWorkingDays properties', () => {
  test('for n ≥ 1 the deadline falls on a working day', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 40 }), (t, n) => {
        expect(isWorkingDay(londonDate(addWorkingDays(t, n)))).toBe(true);
      }),
    );
  });

  test('adding m then n is adding m + n', () => {
    fc.assert(
      fc.property(instants, counts, counts, (t, m, n) => {
        expect(addWorkingDays(addWorkingDays(t, m), n).getTime()).toBe(
          addWorkingDays(t, m + n).getTime(),
        );
      }),
    );
  });

  test('at least n whole days pass', () => {
    fc.assert(
      fc.property(instants, counts, (t, n) => {
        expect(addWorkingDays(t, n).getTime() - t.getTime()).toBeGreaterThanOrEqual(n * DAY);
      }),
    );
  });

  test('exactly n − 1 working days lie strictly between the start date and the due date', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 40 }), (t, n) => {
        const from = londonDay(t);
        const due = londonDay(addWorkingDays(t, n));
        let between = 0;
        for (let d = from + 1; d < due; d++) if (isWorkingDay(d)) between++;
        expect(between).toBe(n - 1);
        expect(workingDaysBetween(from, due)).toBe(n);
      }),
    );
  });

  test('the London clock time is kept from a working day, and is 23:59 from any other', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 40 }), (t, n) => {
        const due = addWorkingDays(t, n);
        const expected = isWorkingDay(londonDate(t)) ? londonWallClock(t).time : '23:59';
        expect(londonWallClock(due).time).toBe(expected);
        if (!isWorkingDay(londonDate(t))) expect(due.getUTCMilliseconds()).toBe(999);
        else
          expect(due.getUTCSeconds() * 1000 + due.getUTCMilliseconds()).toBe(t.getTime() % 60_000);
      }),
    );
  });

  test('the end of the next working day is addWorkingDays from the start of the following day', () => {
    fc.assert(
      fc.property(instants, (t) => {
        const end = endOfNextWorkingDay(t);
        expect(isWorkingDay(londonDate(end))).toBe(true);
        expect(workingDaysBetween(londonDay(t), londonDay(end))).toBe(1);
        expect(londonWallClock(end).time).toBe('23:59');
      }),
    );
  });
});
