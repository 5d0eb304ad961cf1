import { dayNumber, isoDate, isSchoolDay, type SchoolCalendar } from '../calendar/index.ts';
import { categoryOf, type Session } from './codes.ts';

export interface Mark {
  date: string;
  session: Session;
  code: string;
}

export interface AbsenceRun {
  /** School days in a row of unauthorised absence. */
  days: number;
  /** Its first and last school day, null when there is no run. */
  first: string | null;
  last: string | null;
}

export interface AttendanceSummary {
  /** Sessions the pupil was expected at: present, authorised or unauthorised absence. */
  possible: number;
  present: number;
  authorised: number;
  unauthorised: number;
  notCounted: number;
  /** Present over possible, to one decimal place; null with no possible session. */
  percentage: number | null;
  run: AbsenceRun;
  offCalendar: OffCalendar;
}

/** Marks on days the school calendar says the school was shut: they count for nothing. */
export interface OffCalendar {
  marks: number;
  /** How many days those marks fall on. */
  days: number;
  /** The first of those days, oldest first, to name in a warning. */
  dates: string[];
}

/** How many of the days with marks off the calendar a warning names. */
const DATES_NAMED = 5;

/**
 * Splits marks into those on school days and those on days the calendar says the school was
 * shut, so the percentage and the runs (D10) count the same days. A calendar with no terms
 * tells no day apart, so then every mark counts, as the register says.
 */
export function onSchoolDays(
  calendar: SchoolCalendar,
  marks: readonly Mark[],
): { counted: Mark[]; offCalendar: OffCalendar } {
  if (!calendar.terms.length)
    return { counted: [...marks], offCalendar: { marks: 0, days: 0, dates: [] } };
  const counted: Mark[] = [];
  const off = new Set<string>();
  let offMarks = 0;
  for (const m of marks)
    if (isSchoolDay(calendar, m.date)) counted.push(m);
    else {
      offMarks++;
      off.add(m.date);
    }
  return {
    counted,
    offCalendar: { marks: offMarks, days: off.size, dates: [...off].sort().slice(0, DATES_NAMED) },
  };
}

/** Marks by day, for the school days that have them. */
function dayMarks(calendar: SchoolCalendar, marks: readonly Mark[]) {
  const byDay = new Map<string, { AM?: string; PM?: string }>();
  for (const m of marks) {
    const day = byDay.get(m.date) ?? {};
    day[m.session] = m.code;
    byDay.set(m.date, day);
  }
  const marked = [...byDay.keys()].filter((d) => isSchoolDay(calendar, d)).sort();
  const unauthorised = (d: string) => {
    const day = byDay.get(d);
    return (
      !!day?.AM &&
      !!day.PM &&
      categoryOf(day.AM) === 'unauthorised' &&
      categoryOf(day.PM) === 'unauthorised'
    );
  };
  return { marked, unauthorised };
}

/**
 * Every run of unauthorised absence in the marks, oldest first. The rule for D10, as Haven counts
 * it: a school day is a day of unauthorised absence when both its sessions carry an unauthorised
 * absence code (G, N, O, U); a day with any other mark, or a session not yet marked, ends the run.
 * Days that are not school days on the school's calendar (weekends, bank holidays, half terms and
 * holidays, INSET and closure days) neither count nor break it.
 */
export function unauthorisedRuns(calendar: SchoolCalendar, marks: readonly Mark[]): AbsenceRun[] {
  const { marked, unauthorised } = dayMarks(calendar, marks);
  const [earliest] = marked;
  const latest = marked[marked.length - 1];
  if (!earliest || !latest) return [];
  const runs: AbsenceRun[] = [];
  let current: AbsenceRun | null = null;
  for (let n = dayNumber(earliest); n <= dayNumber(latest); n++) {
    const d = isoDate(n);
    if (!isSchoolDay(calendar, d)) continue;
    if (unauthorised(d)) {
      if (!current) runs.push((current = { days: 0, first: d, last: d }));
      current.days++;
      current.last = d;
    } else current = null;
  }
  return runs;
}

/**
 * The run going on now: the one that reaches the pupil's latest marked school day (so a register
 * imported a day late still shows the run rather than a gap), or none.
 */
export function unauthorisedRun(calendar: SchoolCalendar, marks: readonly Mark[]): AbsenceRun {
  const { marked } = dayMarks(calendar, marks);
  const last = unauthorisedRuns(calendar, marks).at(-1);
  return last && last.last === marked[marked.length - 1]
    ? last
    : { days: 0, first: null, last: null };
}

export function summarise(calendar: SchoolCalendar, marks: readonly Mark[]): AttendanceSummary {
  const { counted, offCalendar } = onSchoolDays(calendar, marks);
  const counts = { present: 0, authorised: 0, unauthorised: 0, not_counted: 0 };
  for (const m of counted) counts[categoryOf(m.code)]++;
  const possible = counts.present + counts.authorised + counts.unauthorised;
  return {
    possible,
    present: counts.present,
    authorised: counts.authorised,
    unauthorised: counts.unauthorised,
    notCounted: counts.not_counted,
    percentage: possible ? Math.round((counts.present / possible) * 1000) / 10 : null,
    run: unauthorisedRun(calendar, marks),
    offCalendar,
  };
}

/** The run length at which the local authority must be told (D10, U06). */
export const LA_NOTIFY_RUN_DAYS = 10;
