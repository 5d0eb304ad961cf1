// Explanations of deadlines, in words for a record and as data for a UI, so a member of staff can
// see why a deadline falls where it does.

import { DAY_MS, dayNumber, isWeekend, isoDate, toDayNumber } from './day-number.ts';
import type { DateLike, DayNumber, IsoDate } from './day-number.ts';
import { bankHolidayName } from './bank-holidays.ts';
import { instantMs, londonWallMs } from './london-time.ts';
import { addWorkingDays, isWorkingDayNumber } from './working-days.ts';
import { addSchoolDays, nonSchoolDayReason, type SchoolCalendar } from './school-calendar.ts';
import { formatDate, formatDayList, formatDayMonth, formatDayRange } from './format.ts';
import { formatLondonInstant } from './format.ts';

/** Why a day was passed over when counting. */
export type SkipReason = 'weekend' | 'bank-holiday' | 'closure' | 'not-in-term';

/** A day passed over when counting, with the bank holiday's or closure's name. */
export interface SkippedDay {
  readonly date: IsoDate;
  readonly reason: SkipReason;
  readonly name?: string;
}

/** `n` working days from `from`, and why. */
export interface WorkingDaysExplanation {
  readonly from: Date;
  readonly due: Date;
  readonly workingDays: number;
  /** The start was at a weekend or on a bank holiday, so the deadline is the end of a day. */
  readonly startsOnNonWorkingDay: boolean;
  readonly skipped: readonly SkippedDay[];
  readonly text: string;
}

/** `n` school days from `from`, and why; `due` is null past the end of the calendar. */
export interface SchoolDaysExplanation {
  readonly from: IsoDate;
  readonly due: IsoDate | null;
  readonly schoolDays: number;
  readonly skipped: readonly SkippedDay[];
  readonly text: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Consecutive days with the same name, for ranges such as a half term. */
function runsOf(
  days: readonly SkippedDay[],
): { first: DayNumber; last: DayNumber; name?: string }[] {
  const runs: { first: DayNumber; last: DayNumber; name?: string }[] = [];
  for (const s of days) {
    const d = dayNumber(s.date);
    const prev = runs.at(-1);
    if (prev && prev.last === d - 1 && prev.name === s.name) prev.last = d;
    else runs.push({ first: d, last: d, ...(s.name === undefined ? {} : { name: s.name }) });
  }
  return runs;
}

function describeSkipped(skipped: readonly SkippedDay[]): string[] {
  const of = (reason: SkipReason) => skipped.filter((s) => s.reason === reason);
  const parts: string[] = [];
  const weekend = of('weekend');
  if (weekend.length > 0) {
    parts.push(`${formatDayList(weekend.map((s) => dayNumber(s.date)))}: weekend`);
  }
  const holidays = of('bank-holiday');
  if (holidays.length > 0) {
    const named = holidays.map((h) =>
      `${formatDayMonth(dayNumber(h.date))} ${h.name ?? ''}`.trim(),
    );
    parts.push(
      `${named.join(', ')} ${holidays.length === 1 ? 'is a bank holiday' : 'are bank holidays'}`,
    );
  }
  const closures = runsOf(of('closure'));
  if (closures.length > 0) {
    const ranges = closures.map(
      (r) => `${formatDayRange(r.first, r.last)} (${r.name ?? 'closure'})`,
    );
    parts.push(`closed: ${ranges.join(', ')}`);
  }
  const outside = runsOf(of('not-in-term'));
  if (outside.length > 0) {
    parts.push(`not in term: ${outside.map((r) => formatDayRange(r.first, r.last)).join(', ')}`);
  }
  return parts;
}

function nonWorkingDay(day: DayNumber): SkippedDay {
  if (isWeekend(day)) return { date: isoDate(day), reason: 'weekend' };
  return { date: isoDate(day), reason: 'bank-holiday', name: bankHolidayName(day) ?? '' };
}

/**
 * `addWorkingDays(start, n)` with its reasons: '1 working day from Fri 19 Dec 2025 16:40 →
 * Mon 22 Dec 2025 16:40 (Sat 20, Sun 21 Dec: weekend)'. Skipped days run from the start's date
 * (when it is not a working day) to the day before the deadline.
 */
export function explainWorkingDays(start: Date, n: number): WorkingDaysExplanation {
  const due = addWorkingDays(start, n);
  const startDay = Math.floor(londonWallMs(instantMs(start)) / DAY_MS);
  const dueDay = Math.floor(londonWallMs(due.getTime()) / DAY_MS);
  const startsOnNonWorkingDay = n > 0 && !isWorkingDayNumber(startDay);
  const skipped: SkippedDay[] = [];
  if (startsOnNonWorkingDay) skipped.push(nonWorkingDay(startDay));
  for (let d = startDay + 1; d < dueDay; d++) {
    if (!isWorkingDayNumber(d)) skipped.push(nonWorkingDay(d));
  }
  const parts = describeSkipped(skipped);
  if (startsOnNonWorkingDay) parts.push('counting starts on the next working day');
  const to = startsOnNonWorkingDay
    ? `end of ${formatDate(dueDay)}`
    : formatLondonInstant(due.getTime());
  const text =
    `${plural(n, 'working day')} from ${formatLondonInstant(start.getTime())} → ${to}` +
    (parts.length > 0 ? ` (${parts.join('; ')})` : '');
  return {
    from: new Date(start.getTime()),
    due,
    workingDays: n,
    startsOnNonWorkingDay,
    skipped,
    text,
  };
}

/**
 * `addSchoolDays(calendar, date, n)` with its reasons: '3 school days from Thu 22 Oct 2026 →
 * Wed 4 Nov 2026 (…; closed: Mon 26 – Fri 30 Oct (Half term), Mon 2 Nov (INSET day))'. Skipped days lie strictly between
 * the two dates; counting always starts the day after `date`.
 */
export function explainSchoolDays(
  calendar: SchoolCalendar,
  date: DateLike,
  n: number,
): SchoolDaysExplanation {
  const fromDay = toDayNumber(date);
  const due = addSchoolDays(calendar, fromDay, n);
  const head = `${plural(n, 'school day')} from ${formatDate(fromDay)}`;
  if (due === null) {
    const text = `${head} → beyond the end of the school calendar: add the next terms' dates`;
    return { from: isoDate(fromDay), due, schoolDays: n, skipped: [], text };
  }
  const dueDay = dayNumber(due);
  const skipped: SkippedDay[] = [];
  for (let d = fromDay + 1; d < dueDay; d++) {
    const why = nonSchoolDayReason(calendar, d);
    if (!why) continue;
    const name = why.reason === 'bank-holiday' ? bankHolidayName(d) : why.name;
    skipped.push({ date: isoDate(d), reason: why.reason, ...(name === undefined ? {} : { name }) });
  }
  const parts = describeSkipped(skipped);
  const text = `${head} → ${formatDate(dueDay)}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
  return { from: isoDate(fromDay), due, schoolDays: n, skipped, text };
}
