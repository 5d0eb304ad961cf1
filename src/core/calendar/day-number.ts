// Calendar dates as integer day numbers (days since 1970-01-01), so that the hot paths compare and
// step integers instead of parsing strings or building Date objects.

/** A calendar date written YYYY-MM-DD, with no time or zone. */
export type IsoDate = string;

/** Days since 1970-01-01 (day 0 was a Thursday). */
export type DayNumber = number;

/** Either form of a calendar date; every public function accepts both. */
export type DateLike = IsoDate | DayNumber;

export const DAY_MS = 86_400_000;

/** The years the calendar answers for: the early May bank holiday began in 1978. */
export const FIRST_YEAR = 1978;
export const LAST_YEAR = 2199;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of Y-M-D (month 1–12); no validation. */
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Year, month (1–12) and day of a day number, without allocating a Date (H. Hinnant's method). */
export function civilFromDays(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The year a day number falls in. */
export function yearOf(dayNumber: DayNumber): number {
  return civilFromDays(dayNumber).year;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day number of a YYYY-MM-DD date; throws RangeError for anything that is not a real date. */
export function dayNumber(date: IsoDate): DayNumber {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return daysFromCivil(year, month, day);
    }
  }
  throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
}

/** The YYYY-MM-DD form of a day number. */
export function isoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A day number from either form; an integer passes through unchanged. */
export function toDayNumber(date: DateLike): DayNumber {
  if (typeof date === 'number') {
    if (!Number.isInteger(date)) throw new RangeError(`not a day number: ${date}`);
    return date;
  }
  return dayNumber(date);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(dayNumber: DayNumber): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday. */
export function isWeekend(dayNumber: DayNumber): boolean {
  return isoWeekday(dayNumber) >= 6;
}

/** Throws RangeError unless the day falls in the years the calendar supports. */
export function assertSupportedDay(dayNumber: DayNumber): void {
  if (!(dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY)) {
    throw new RangeError(
      `${Number.isInteger(dayNumber) ? isoDate(dayNumber) : String(dayNumber)} is outside the supported years ${FIRST_YEAR}–${LAST_YEAR}`,
    );
  }
}

export const FIRST_DAY: DayNumber = daysFromCivil(FIRST_YEAR, 1, 1);
export const LAST_DAY: DayNumber = daysFromCivil(LAST_YEAR, 12, 31);
