// Working days in England: Monday to Friday, not an England and Wales bank holiday, judged by the
// date on a London clock.
//
// Conventions, chosen as a safeguarding lead would read "within N working days":
// - From an instant on a working day, N working days later is the same London clock time on the
//   Nth working day after (Fri 16:40 + 1 → Mon 16:40), whatever BST does in between.
// - From an instant on a non-working day (weekend or bank holiday) the clock starts at the
//   beginning of the next working day, so the deadline is the end (23:59:59.999) of the Nth
//   working day after: Saturday 10:00 + 1 → end of Monday. Counting from Monday 00:00 one full
//   working day would end at Tuesday 00:00; the end of Monday says the same thing without showing
//   a date that is a day later than people expect.
// - Adding 0 returns the instant unchanged, so adding m then n always equals adding m + n.

import {
  DAY_MS,
  FIRST_DAY,
  LAST_DAY,
  daysFromCivil,
  dayNumber,
  isoDate,
  isWeekend,
} from './day-number.ts';
import { assertSupportedDay, toDayNumber, yearOf } from './day-number.ts';
import type { DateLike, DayNumber, IsoDate } from './day-number.ts';
import { bankHolidays } from './bank-holidays.ts';
import { instantMs, londonDayNumber, londonInstantMs, londonWallMs } from './london-time.ts';

/** 23:59:59.999 as milliseconds after midnight: "the end of the day". */
export const END_OF_DAY_MS = DAY_MS - 1;

const UNKNOWN = 0;
const WORKING = 1;
const NOT_WORKING = 2;

// One byte per day, filled a year at a time from the bank holiday cache: an indexed read is several
// times faster than Set.has and needs no year calculation on the hot path.
const kinds = new Uint8Array(LAST_DAY - FIRST_DAY + 1);

function fillYear(year: number): void {
  const holidays = new Set(bankHolidays(year).map((h) => dayNumber(h.date)));
  const end = daysFromCivil(year + 1, 1, 1);
  for (let day = daysFromCivil(year, 1, 1); day < end; day++) {
    kinds[day - FIRST_DAY] = isWeekend(day) || holidays.has(day) ? NOT_WORKING : WORKING;
  }
}

/** True when the day number is a working day; the hot path, without argument checks beyond range. */
export function isWorkingDayNumber(day: DayNumber): boolean {
  const i = day - FIRST_DAY;
  if (!(i >= 0 && i < kinds.length)) {
    throw new RangeError(`day ${day} is outside the supported years`);
  }
  if (kinds[i] === UNKNOWN) fillYear(yearOf(day));
  return kinds[i] === WORKING;
}

/** The Nth working day after `day` (n ≥ 1), or `day` itself for n = 0. */
export function workingDayAfter(day: DayNumber, n: number): DayNumber {
  let d = day;
  for (let left = n; left > 0;) {
    d++;
    if (isWorkingDayNumber(d)) left--;
  }
  return d;
}

function assertCount(n: number): void {
  if (!(Number.isInteger(n) && n >= 0)) {
    throw new RangeError(`a count of days must be a whole number ≥ 0, not ${n}`);
  }
}

/** True when the date is a weekday that is not an England and Wales bank holiday. */
export function isWorkingDay(date: DateLike): boolean {
  return isWorkingDayNumber(toDayNumber(date));
}

/** The first working day strictly after the date. */
export function nextWorkingDay(date: DateLike): IsoDate {
  return isoDate(workingDayAfter(toDayNumber(date), 1));
}

/**
 * The instant `n` working days after `instant` (see the conventions at the top of this file): the
 * same London clock time on the Nth working day after, or the end of that day when `instant` falls
 * on a non-working day.
 */
export function addWorkingDays(instant: Date, n: number): Date {
  assertCount(n);
  const t = instantMs(instant);
  if (n === 0) return new Date(t);
  const wall = londonWallMs(t);
  const day = Math.floor(wall / DAY_MS);
  const msOfDay = isWorkingDayNumber(day) ? wall - day * DAY_MS : END_OF_DAY_MS;
  return new Date(londonInstantMs(workingDayAfter(day, n), msOfDay));
}

/**
 * 23:59:59.999 London time on the first working day after the instant's London date, for duties
 * such as "tell the police by the end of the next working day".
 */
export function endOfNextWorkingDay(instant: Date): Date {
  return new Date(londonInstantMs(workingDayAfter(londonDayNumber(instant), 1), END_OF_DAY_MS));
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is before `from`, so
 * workingDaysBetween(a, b) = −workingDaysBetween(b, a).
 */
export function workingDaysBetween(from: DateLike, to: DateLike): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  assertSupportedDay(a);
  assertSupportedDay(b);
  let count = 0;
  for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (isWorkingDayNumber(d)) count++;
  return a <= b || count === 0 ? count : -count;
}
