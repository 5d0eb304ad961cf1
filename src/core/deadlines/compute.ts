import {
  addMonths,
  addWorkingDays,
  endOfNextWorkingDay,
  explainWorkingDays,
  formatLondonInstant,
  isWorkingDay,
  londonDate,
  londonDateTime,
} from '../calendar/index.ts';
import { dayNumber, isoDate } from '../calendar/index.ts';
import type { DeadlineClock, DeadlineRule } from './rules.ts';

export interface ComputedDeadline {
  dueAt: Date;
  /** 09:00 London on a working day before the due day; null when that is not after the start. */
  remindAt: Date | null;
  /** How the due time was worked out, in words, e.g. with the bank holidays passed over. */
  basis: string;
}

/** A day chosen for a `by_date` clock ends with the school day. */
const END_OF_SCHOOL_DAY = '17:00';

function dueOf(
  clock: DeadlineClock,
  start: Date,
  dueOn: string | undefined,
): { dueAt: Date; basis: string } {
  if (clock.kind === 'by_date') {
    if (!dueOn) throw new Error('A clock by a date needs the date');
    const dueAt = londonDateTime(dueOn, END_OF_SCHOOL_DAY);
    return {
      dueAt,
      basis: `By the end of the school day chosen → ${formatLondonInstant(dueAt.getTime())}`,
    };
  }
  if (clock.kind === 'minutes') {
    const dueAt = new Date(start.getTime() + clock.minutes * 60_000);
    return {
      dueAt,
      basis: `${clock.minutes} minutes from ${formatLondonInstant(start.getTime())} → ${formatLondonInstant(dueAt.getTime())}`,
    };
  }
  if (clock.kind === 'working_days') {
    const e = explainWorkingDays(start, clock.days);
    return { dueAt: e.due, basis: e.text };
  }
  if (clock.kind === 'end_of_next_working_day') {
    const dueAt = endOfNextWorkingDay(start);
    const e = explainWorkingDays(start, 1);
    const skipped = e.text.includes(' (') ? e.text.slice(e.text.indexOf(' (')) : '';
    return {
      dueAt,
      basis: `End of the next working day after ${formatLondonInstant(start.getTime())} → ${formatLondonInstant(dueAt.getTime())}${skipped}`,
    };
  }
  const dueAt = addMonths(start, clock.months);
  return {
    dueAt,
    basis: `${clock.months} month${clock.months === 1 ? '' : 's'} from ${formatLondonInstant(start.getTime())} → ${formatLondonInstant(dueAt.getTime())}`,
  };
}

/** The working day `n` working days before `date` (n = 0: the date itself if it is one). */
function workingDayBefore(date: string, n: number): string {
  let day = dayNumber(date);
  while (!isWorkingDay(day)) day--;
  for (let left = n; left > 0;) {
    day--;
    if (isWorkingDay(day)) left--;
  }
  return isoDate(day);
}

/** When a deadline set by `rule` at `start` falls due, when to remind, and why. */
export function computeDeadline(
  rule: DeadlineRule,
  clock: DeadlineClock,
  start: Date,
  /** For a `by_date` clock: the day it ends. */
  dueOn?: string,
): ComputedDeadline {
  const { dueAt, basis } = dueOf(clock, start, dueOn);
  let remindAt: Date | null = null;
  if (rule.remindWorkingDaysBefore !== null) {
    const at = londonDateTime(
      workingDayBefore(londonDate(dueAt), rule.remindWorkingDaysBefore),
      '09:00',
    );
    if (at > start && at < dueAt) remindAt = at;
  }
  return { dueAt, remindAt, basis };
}

/**
 * When rung `k` (k ≥ 1) of the escalation is alerted: k working days after the due time, or, for
 * a clock of minutes, k more of the clock's own length.
 */
export function escalationAt(
  every: 'working_day' | 'clock',
  d: { startsAt: Date; dueAt: Date },
  k: number,
): Date {
  if (every === 'working_day') return addWorkingDays(d.dueAt, k);
  return new Date(d.dueAt.getTime() + k * (d.dueAt.getTime() - d.startsAt.getTime()));
}
