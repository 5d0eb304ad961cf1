import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dayNumber, isoDate, isoWeekday } from '../../../src/core/calendar/index.ts';

describe('day numbers', () => {
  test('count days from 1970-01-01, a Thursday', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isoWeekday(0)).toBe(4);
    expect(dayNumber('2025-12-19')).toBe(20_441);
    expect(isoWeekday(dayNumber('2025-12-19'))).toBe(5);
    expect(isoDate(-1)).toBe('1969-12-31');
  });

  test('refuse strings that are not real dates', () => {
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-1-01',
      '19/12/2025',
      '',
      '2025-12-19T00:00',
    ]) {
      expect(() => dayNumber(bad), bad).toThrow(RangeError);
    }
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-03-01') - 1);
  });

  test('round-trip and agree with Date for every day 1900–2300', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 120_894 }), (day) => {
        const iso = isoDate(day);
        expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumber(iso)).toBe(day);
        expect(isoWeekday(day) % 7).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });
});
