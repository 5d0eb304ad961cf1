import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { londonDate, londonDateTime, londonWallClock } from '../../../src/core/calendar/index.ts';

const intlLondon = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function intlWallClock(t: Date): { date: string; time: string } {
  const p = Object.fromEntries(intlLondon.formatToParts(t).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

const instants = fc
  .integer({ min: Date.UTC(1978, 0, 1), max: Date.UTC(2199, 11, 31) })
  .map((t) => new Date(t));

describe('London time', () => {
  test('the London date of an instant is not its UTC date during BST', () => {
    expect(londonDate(new Date('2025-07-04T23:30:00Z'))).toBe('2025-07-05');
    expect(londonDate(new Date('2025-12-04T23:30:00Z'))).toBe('2025-12-04');
  });

  test('wall-clock readings become the right instants in GMT and in BST', () => {
    expect(londonDateTime('2025-12-19', '16:40').toISOString()).toBe('2025-12-19T16:40:00.000Z');
    expect(londonDateTime('2025-07-01', '09:00').toISOString()).toBe('2025-07-01T08:00:00.000Z');
    expect(londonDateTime('2025-07-01', '23:59:59.999').toISOString()).toBe(
      '2025-07-01T22:59:59.999Z',
    );
  });

  test('a reading skipped in spring moves forward by the hour that does not exist', () => {
    // 30 March 2025: clocks go from 01:00 GMT to 02:00 BST.
    expect(londonDateTime('2025-03-30', '00:59').toISOString()).toBe('2025-03-30T00:59:00.000Z');
    expect(londonDateTime('2025-03-30', '01:30').toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(londonWallClock(londonDateTime('2025-03-30', '01:30'))).toEqual({
      date: '2025-03-30',
      time: '02:30',
    });
    expect(londonDateTime('2025-03-30', '02:00').toISOString()).toBe('2025-03-30T01:00:00.000Z');
  });

  test('a reading repeated in autumn means its first, BST, occurrence', () => {
    // 26 October 2025: clocks go from 02:00 BST back to 01:00 GMT, so 01:xx happens twice.
    expect(londonDateTime('2025-10-26', '01:30').toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(londonDateTime('2025-10-26', '00:59').toISOString()).toBe('2025-10-25T23:59:00.000Z');
    expect(londonDateTime('2025-10-26', '02:00').toISOString()).toBe('2025-10-26T02:00:00.000Z');
  });

  test('refuses times that are not 24-hour HH:MM', () => {
    for (const bad of ['24:00', '9:00', '12:60', '12:00:60', 'noon']) {
      expect(() => londonDateTime('2025-01-01', bad), bad).toThrow(RangeError);
    }
  });

  test('agrees with Intl for any instant 1978–2199', () => {
    fc.assert(
      fc.property(instants, (t) => {
        expect(londonWallClock(t)).toEqual(intlWallClock(t));
      }),
      { numRuns: 3000 },
    );
  });

  test('reading the clock and converting back gives the instant (the earlier one in autumn)', () => {
    fc.assert(
      fc.property(instants, (t) => {
        const minute = new Date(Math.floor(t.getTime() / 60_000) * 60_000);
        const { date, time } = londonWallClock(minute);
        const back = londonDateTime(date, time).getTime();
        const repeated = back !== minute.getTime();
        if (repeated) expect(minute.getTime() - back).toBe(3_600_000);
        expect(londonWallClock(new Date(back))).toEqual({ date, time });
      }),
      { numRuns: 3000 },
    );
  });

  test('instants outside the supported years are refused', () => {
    expect(() => londonDate(new Date('1960-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => londonDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
