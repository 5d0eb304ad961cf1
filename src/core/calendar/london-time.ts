// Europe/London wall-clock time. Working days are judged by the date on a London clock, while
// deadlines are stored as instants. The UTC offset comes from the time zone database in Node's ICU
// (Intl), so a change to British Summer Time arrives with a Node update, not a code change; but Intl
// is slow (microseconds a call), so each year's offsets are read once into typed arrays indexed
// by UTC day and the hot path only does array reads.

import { DAY_MS, FIRST_YEAR, LAST_YEAR, assertSupportedDay } from './day-number.ts';
import { daysFromCivil, isoDate, toDayNumber, yearOf } from './day-number.ts';
import type { DateLike, DayNumber, IsoDate } from './day-number.ts';

const MINUTE_MS = 60_000;

// One spare year each side, so converting a wall time near the ends can look a day either way.
const TABLE_FIRST_DAY = daysFromCivil(FIRST_YEAR - 1, 1, 1);
const TABLE_END_DAY = daysFromCivil(LAST_YEAR + 2, 1, 1);
const TABLE_SIZE = TABLE_END_DAY - TABLE_FIRST_DAY;

const filled = new Uint8Array(TABLE_SIZE);
/** Offset in minutes in force at 00:00 UTC of the day. */
const offsetAtStart = new Int16Array(TABLE_SIZE);
/** Milliseconds after 00:00 UTC at which `offsetAfter` takes over; DAY_MS when nothing changes. */
const changeAt = new Int32Array(TABLE_SIZE);
const offsetAfter = new Int16Array(TABLE_SIZE);

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function intlOffsetMinutes(t: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(t)) parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year ?? NaN,
    (parts.month ?? NaN) - 1,
    parts.day ?? NaN,
    parts.hour ?? NaN,
    parts.minute ?? NaN,
    parts.second ?? NaN,
  );
  return Math.round((wall - Math.floor(t / 1000) * 1000) / MINUTE_MS);
}

/** Reads a whole UTC year of offsets from Intl; London changes at most once in any UTC day. */
function fillYear(year: number): void {
  const first = Math.max(daysFromCivil(year, 1, 1), TABLE_FIRST_DAY);
  const end = Math.min(daysFromCivil(year + 1, 1, 1), TABLE_END_DAY);
  let atStart = intlOffsetMinutes(first * DAY_MS);
  for (let day = first; day < end; day++) {
    const i = day - TABLE_FIRST_DAY;
    const atNext = intlOffsetMinutes((day + 1) * DAY_MS);
    offsetAtStart[i] = atStart;
    offsetAfter[i] = atNext;
    changeAt[i] = atNext === atStart ? DAY_MS : findChange(day * DAY_MS, atStart);
    filled[i] = 1;
    atStart = atNext;
  }
}

/** The first minute of the day whose offset differs from `before` (bisection, 11 Intl calls). */
function findChange(dayStart: number, before: number): number {
  let lo = 0;
  let hi = 1440;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (intlOffsetMinutes(dayStart + mid * MINUTE_MS) === before) lo = mid;
    else hi = mid;
  }
  return hi * MINUTE_MS;
}

function tableIndex(utcDay: number): number {
  const i = utcDay - TABLE_FIRST_DAY;
  if (!(i >= 0 && i < TABLE_SIZE)) {
    throw new RangeError(`instant outside the supported years ${FIRST_YEAR}–${LAST_YEAR}`);
  }
  if (filled[i] === 0) fillYear(yearOf(utcDay));
  return i;
}

/** London's offset from UTC, in minutes, at an instant given in epoch milliseconds. */
export function londonOffsetMinutes(t: number): number {
  const utcDay = Math.floor(t / DAY_MS);
  const i = tableIndex(utcDay);
  return t - utcDay * DAY_MS < (changeAt[i] as number)
    ? (offsetAtStart[i] as number)
    : (offsetAfter[i] as number);
}

/** The London wall-clock reading of an instant, as epoch-style milliseconds (for arithmetic). */
export function londonWallMs(t: number): number {
  return t + londonOffsetMinutes(t) * MINUTE_MS;
}

/**
 * The instant at which London's clock reads `msOfDay` on `day`. A reading the spring change skips
 * (01:00–01:59 on the last Sunday of March) moves forward by the gap, to 02:xx BST; a reading the
 * autumn change repeats (01:00–01:59 on the last Sunday of October) means the first, BST, one:
 * the earlier instant, so a deadline is never later than the clock suggests. These are the
 * 'compatible' rules of ECMAScript Temporal and RFC 5545.
 */
export function londonInstantMs(day: DayNumber, msOfDay: number): number {
  const wall = day * DAY_MS + msOfDay;
  const before = londonOffsetMinutes(wall - DAY_MS);
  const after = londonOffsetMinutes(wall + DAY_MS);
  const tBefore = wall - before * MINUTE_MS;
  if (before === after) return tBefore;
  const tAfter = wall - after * MINUTE_MS;
  const beforeFits = londonOffsetMinutes(tBefore) === before;
  const afterFits = londonOffsetMinutes(tAfter) === after;
  if (beforeFits && afterFits) return Math.min(tBefore, tAfter);
  if (afterFits) return tAfter;
  return tBefore;
}

/** Epoch milliseconds of a valid Date; RangeError for an invalid one. */
export function instantMs(instant: Date): number {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new RangeError('invalid Date');
  return t;
}

/** The London calendar date of an instant, as a day number. */
export function londonDayNumber(instant: Date): DayNumber {
  const day = Math.floor(londonWallMs(instantMs(instant)) / DAY_MS);
  assertSupportedDay(day);
  return day;
}

/** The London calendar date of an instant, YYYY-MM-DD. */
export function londonDate(instant: Date): IsoDate {
  return isoDate(londonDayNumber(instant));
}

const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?$/;

/**
 * The instant at which London's clock reads `time` (HH:MM, HH:MM:SS or HH:MM:SS.mmm, 24-hour) on
 * `date`; skipped and repeated readings resolve as for `londonInstantMs`.
 */
export function londonDateTime(date: DateLike, time = '00:00'): Date {
  const day = toDayNumber(date);
  assertSupportedDay(day);
  const m = TIME.exec(time);
  const [h, min, s, ms] = [m?.[1], m?.[2], m?.[3] ?? 0, m?.[4] ?? 0].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (!m || h > 23 || min > 59 || s > 59) {
    throw new RangeError(`not a 24-hour time HH:MM[:SS[.mmm]]: ${JSON.stringify(time)}`);
  }
  return new Date(londonInstantMs(day, ((h * 60 + min) * 60 + s) * 1000 + ms));
}

/** What a London clock shows at an instant: its date and 24-hour HH:MM. */
export function londonWallClock(instant: Date): { date: IsoDate; time: string } {
  const wall = londonWallMs(instantMs(instant));
  const day = Math.floor(wall / DAY_MS);
  assertSupportedDay(day);
  const minutes = Math.floor((wall - day * DAY_MS) / MINUTE_MS);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { date: isoDate(day), time: `${hh}:${mm}` };
}
