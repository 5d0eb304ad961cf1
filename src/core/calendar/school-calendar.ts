// A school's own calendar: the days pupils are expected in. A school day is a weekday inside a
// term that is not a bank holiday and not a closure (INSET day, half term, polling day…). Dates
// here are plain calendar dates: attendance is recorded per day, not per instant.

import { assertSupportedDay, dayNumber, isWeekend, isoDate, toDayNumber } from './day-number.ts';
import type { DateLike, DayNumber, IsoDate } from './day-number.ts';
import { isBankHoliday } from './bank-holidays.ts';

/** A term, from its first to its last day inclusive (half terms are closures inside it). */
export interface Term {
  readonly name: string;
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** Why a school is shut on days inside a term: staff training, an unplanned closure, a holiday. */
export type ClosureKind = 'inset' | 'closure' | 'holiday';

/** Days the school is shut, from `first` to `last` inclusive (equal for a single day). */
export interface Closure {
  readonly kind: ClosureKind;
  readonly name: string;
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/** A school's terms and closures. Treat it as immutable: its school days are worked out once. */
export interface SchoolCalendar {
  readonly terms: readonly Term[];
  readonly closures: readonly Closure[];
}

/** Why a day is not a school day, in the order the reasons are tested. */
export type NonSchoolDayReason = 'not-in-term' | 'closure' | 'bank-holiday' | 'weekend';

interface Compiled {
  /** Every school day, ascending, for counting by binary search. */
  readonly days: Int32Array;
  readonly termDays: ReadonlySet<DayNumber>;
  readonly closureOn: ReadonlyMap<DayNumber, Closure>;
}

const compiledCalendars = new WeakMap<SchoolCalendar, Compiled>();

function daySpan(first: IsoDate, last: IsoDate): DayNumber[] {
  const a = dayNumber(first);
  const b = dayNumber(last);
  assertSupportedDay(a);
  assertSupportedDay(b);
  const days: DayNumber[] = [];
  for (let d = a; d <= b; d++) days.push(d);
  return days;
}

function compile(calendar: SchoolCalendar): Compiled {
  let c = compiledCalendars.get(calendar);
  if (c) return c;
  const termDays = new Set(calendar.terms.flatMap((t) => daySpan(t.first, t.last)));
  const closureOn = new Map<DayNumber, Closure>();
  for (const closure of calendar.closures) {
    for (const d of daySpan(closure.first, closure.last)) {
      if (!closureOn.has(d)) closureOn.set(d, closure);
    }
  }
  const days = [...termDays]
    .filter((d) => !closureOn.has(d) && !isWeekend(d) && !isBankHoliday(d))
    .sort((a, b) => a - b);
  c = { days: Int32Array.from(days), termDays, closureOn };
  compiledCalendars.set(calendar, c);
  return c;
}

/** How many of the sorted days are ≤ day. */
function countUpTo(days: Int32Array, day: DayNumber): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function assertCount(n: number): void {
  if (!(Number.isInteger(n) && n >= 0)) {
    throw new RangeError(`a count of days must be a whole number ≥ 0, not ${n}`);
  }
}

/** Why the date is not a school day, with the closure or bank holiday's name; null on a school day. */
export function nonSchoolDayReason(
  calendar: SchoolCalendar,
  date: DateLike,
): { reason: NonSchoolDayReason; name?: string } | null {
  const day = toDayNumber(date);
  const c = compile(calendar);
  if (!c.termDays.has(day)) return { reason: 'not-in-term' };
  const closure = c.closureOn.get(day);
  if (closure) return { reason: 'closure', name: closure.name };
  if (isBankHoliday(day)) return { reason: 'bank-holiday' };
  if (isWeekend(day)) return { reason: 'weekend' };
  return null;
}

/** True when the date is in a term, a weekday, not a bank holiday and not a closure. */
export function isSchoolDay(calendar: SchoolCalendar, date: DateLike): boolean {
  const day = toDayNumber(date);
  const { days } = compile(calendar);
  const i = countUpTo(days, day);
  return i > 0 && days[i - 1] === day;
}

/**
 * The Nth school day after the date (counting starts the day after, whatever the date is), or the
 * date itself for n = 0; null when the calendar does not reach that far.
 */
export function addSchoolDays(calendar: SchoolCalendar, date: DateLike, n: number): IsoDate | null {
  assertCount(n);
  const day = toDayNumber(date);
  if (n === 0) return isoDate(day);
  const { days } = compile(calendar);
  const found = days[countUpTo(days, day) + n - 1];
  return found === undefined ? null : isoDate(found);
}

/** The first school day strictly after the date, or null when the calendar has none. */
export function nextSchoolDay(calendar: SchoolCalendar, date: DateLike): IsoDate | null {
  return addSchoolDays(calendar, date, 1);
}

/**
 * School days after `from` up to and including `to` (so addSchoolDays(c, d, n) is n school days
 * after d); negative when `to` is before `from`.
 */
export function schoolDaysBetween(calendar: SchoolCalendar, from: DateLike, to: DateLike): number {
  const { days } = compile(calendar);
  const count = countUpTo(days, toDayNumber(to)) - countUpTo(days, toDayNumber(from));
  return count === 0 ? 0 : count;
}

/**
 * How many school days in a row the pupil has been absent, counting back from the last school day
 * on or before `upTo`. Weekends, bank holidays, closures and days between terms neither break the
 * run nor count in it; absences recorded on them are ignored. For the duty to tell the local
 * authority of 10 or more continuous school days of absence without permission.
 */
export function consecutiveSchoolDaysAbsent(
  calendar: SchoolCalendar,
  absentDates: Iterable<DateLike>,
  upTo: DateLike,
): number {
  const { days } = compile(calendar);
  const absent = new Set<DayNumber>();
  for (const d of absentDates) absent.add(toDayNumber(d));
  let run = 0;
  for (let i = countUpTo(days, toDayNumber(upTo)) - 1; i >= 0; i--) {
    if (!absent.has(days[i] as number)) break;
    run++;
  }
  return run;
}
