// English renderings of dates for explanations, built from day numbers so they need no Intl and
// read the same on every server.

import { DAY_MS, civilFromDays, isoWeekday } from './day-number.ts';
import type { DayNumber } from './day-number.ts';
import { londonWallMs } from './london-time.ts';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const weekdayName = (day: DayNumber): string => WEEKDAYS[isoWeekday(day) - 1] as string;
const monthName = (month: number): string => MONTHS[month - 1] as string;

/** 'Fri 19 Dec 2025'. */
export function formatDate(day: DayNumber): string {
  const { year, month, day: d } = civilFromDays(day);
  return `${weekdayName(day)} ${d} ${monthName(month)} ${year}`;
}

/** 'Fri 19 Dec 2025 16:40', as a London clock shows the instant. */
export function formatLondonInstant(t: number): string {
  const wall = londonWallMs(t);
  const day = Math.floor(wall / DAY_MS);
  const minutes = Math.floor((wall - day * DAY_MS) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${formatDate(day)} ${hh}:${mm}`;
}

/** '25 Dec': a bank holiday's name follows, so the weekday adds nothing. */
export function formatDayMonth(day: DayNumber): string {
  const { month, day: d } = civilFromDays(day);
  return `${d} ${monthName(month)}`;
}

/**
 * Days grouped by month, the month named once per group: 'Sat 20, Sun 21 Dec'. Years are shown
 * only when the list spans more than one.
 */
export function formatDayList(days: readonly DayNumber[]): string {
  const civil = days.map((d) => ({ d, ...civilFromDays(d) }));
  const manyYears = new Set(civil.map((c) => c.year)).size > 1;
  const groups: string[] = [];
  let current: string[] = [];
  civil.forEach((c, i) => {
    current.push(`${weekdayName(c.d)} ${c.day}`);
    const next = civil[i + 1];
    if (!next || next.month !== c.month || next.year !== c.year) {
      groups.push(`${current.join(', ')} ${monthName(c.month)}${manyYears ? ` ${c.year}` : ''}`);
      current = [];
    }
  });
  return groups.join(', ');
}

/** 'Mon 26 Oct', 'Mon 26 – Fri 30 Oct', 'Sat 19 Dec 2026 – Sun 3 Jan 2027'. */
export function formatDayRange(first: DayNumber, last: DayNumber): string {
  const a = civilFromDays(first);
  const b = civilFromDays(last);
  if (first === last) return `${weekdayName(first)} ${a.day} ${monthName(a.month)}`;
  if (a.year !== b.year) return `${formatDate(first)} – ${formatDate(last)}`;
  const left =
    a.month === b.month
      ? `${weekdayName(first)} ${a.day}`
      : `${weekdayName(first)} ${a.day} ${monthName(a.month)}`;
  return `${left} – ${weekdayName(last)} ${b.day} ${monthName(b.month)}`;
}
