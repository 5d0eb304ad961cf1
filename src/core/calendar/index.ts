// The public API of Haven's calendars: England and Wales bank holidays, London time, working days,
// months and school days. Pure: no I/O, no clock; the callers pass instants in.

export { DAY_MS, FIRST_YEAR, LAST_YEAR, dayNumber, isoDate, isoWeekday } from './day-number.ts';
export type { DateLike, DayNumber, IsoDate } from './day-number.ts';
export { bankHolidayName, bankHolidays, isBankHoliday } from './bank-holidays.ts';
export type { BankHoliday } from './bank-holidays.ts';
export { PROCLAIMED_BANK_HOLIDAYS } from './bank-holiday-proclamations.ts';
export type { ProclaimedBankHoliday } from './bank-holiday-proclamations.ts';
export { diffBankHolidays } from './bank-holiday-diff.ts';
export type { BankHolidayDiff, PublishedBankHoliday } from './bank-holiday-diff.ts';
export { londonDate, londonDateTime, londonDayNumber, londonWallClock } from './london-time.ts';
export { formatLondonInstant } from './format.ts';
export {
  addWorkingDays,
  endOfNextWorkingDay,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days.ts';
export { addMonths } from './months.ts';
export {
  addSchoolDays,
  consecutiveSchoolDaysAbsent,
  isSchoolDay,
  nextSchoolDay,
  nonSchoolDayReason,
  schoolDaysBetween,
} from './school-calendar.ts';
export type {
  Closure,
  ClosureKind,
  NonSchoolDayReason,
  SchoolCalendar,
  Term,
} from './school-calendar.ts';
export { parseSchoolCalendarCsv } from './school-calendar-csv.ts';
export type {
  CalendarCsvError,
  CalendarCsvField,
  CalendarCsvResult,
} from './school-calendar-csv.ts';
export { explainSchoolDays, explainWorkingDays } from './explain.ts';
export type {
  SchoolDaysExplanation,
  SkipReason,
  SkippedDay,
  WorkingDaysExplanation,
} from './explain.ts';
