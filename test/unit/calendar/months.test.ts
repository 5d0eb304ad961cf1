import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addMonths, londonDateTime, londonWallClock } from '../../../src/core/calendar/index.ts';

describe('addMonths', () => {
  test('keeps the London clock time and clamps to the end of a shorter month', () => {
    const jan31 = londonDateTime('2025-01-31', '09:00');
    expect(londonWallClock(addMonths(jan31, 1))).toEqual({ date: '2025-02-28', time: '09:00' });
    expect(londonWallClock(addMonths(londonDateTime('2024-01-31', '09:00'), 1))).toEqual({
      date: '2024-02-29',
      time: '09:00',
    });
    expect(londonWallClock(addMonths(londonDateTime('2025-03-31', '12:00'), -1)).date).toBe(
      '2025-02-28',
    );
    expect(londonWallClock(addMonths(londonDateTime('2025-11-15', '08:00'), 14))).toEqual({
      date: '2027-01-15',
      time: '08:00',
    });
  });

  test('crosses BST by wall-clock time, not by elapsed hours', () => {
    const feb = londonDateTime('2025-02-15', '16:00');
    expect(addMonths(feb, 2).toISOString()).toBe('2025-04-15T15:00:00.000Z');
  });

  test('a time the target day skips moves forward an hour; a repeated one means the BST one', () => {
    const jan30 = londonDateTime('2025-01-30', '01:30');
    expect(londonWallClock(addMonths(jan30, 2))).toEqual({ date: '2025-03-30', time: '02:30' });
    const sep26 = londonDateTime('2025-09-26', '01:30');
    expect(addMonths(sep26, 1).toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });

  test('adding months then taking them away returns to the same day when no clamping happened', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 11, 31) }),
        fc.integer({ min: -60, max: 60 }),
        (t, n) => {
          const start = new Date(Math.floor(t / 60_000) * 60_000);
          const { date, time } = londonWallClock(start);
          const there = addMonths(start, n);
          if (Number(date.slice(8)) <= 28 && !time.startsWith('01:')) {
            expect(addMonths(there, -n).getTime()).toBe(start.getTime());
          }
          expect(londonWallClock(there).date.slice(8) <= date.slice(8)).toBe(true);
        },
      ),
    );
  });
});
