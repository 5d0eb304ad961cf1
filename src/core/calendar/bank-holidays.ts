// England and Wales bank holidays, looked up from a per-year cache so that each year is computed
// once, on first use.
//
// Source: computed from the statutory pattern (Banking and Financial Dealings Act 1971 and the
// standing proclamations) plus the table of proclaimed one-offs in bank-holiday-proclamations.ts,
// checked against gov.uk/bank-holidays (Open Government Licence v3.0). Why not a library: the
// `date-holidays` package (code ISC, data CC BY-SA 3.0) was checked and its GB/ENG data lacks the
// 2011 royal wedding, the 2012 and 2002 spring holiday moves, VE Day 1995 and the 1999 Millennium
// holiday, and it would bring moment-timezone, astronomia and lodash into the pure core. The
// statute changes rarely; the proclamations table is the one place to maintain, and
// scripts/update-bank-holidays.ts compares it with the gov.uk JSON feed.

import {
  assertSupportedDay,
  dayNumber,
  toDayNumber,
  yearOf,
  FIRST_YEAR,
  LAST_YEAR,
} from './day-number.ts';
import type { DateLike, DayNumber } from './day-number.ts';
import { computeBankHolidays, type BankHoliday } from './bank-holiday-rules.ts';

export type { BankHoliday };

interface YearOfHolidays {
  readonly list: readonly BankHoliday[];
  readonly byDay: ReadonlyMap<DayNumber, string>;
}

const cache = new Map<number, YearOfHolidays>();

function holidaysOfYear(year: number): YearOfHolidays {
  let entry = cache.get(year);
  if (!entry) {
    if (!(Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR)) {
      throw new RangeError(`bank holidays are known for ${FIRST_YEAR}–${LAST_YEAR}, not ${year}`);
    }
    const list = Object.freeze(computeBankHolidays(year).map((h) => Object.freeze(h)));
    entry = { list, byDay: new Map(list.map((h) => [dayNumber(h.date), h.name])) };
    cache.set(year, entry);
  }
  return entry;
}

/** Every England and Wales bank holiday of a year (1978–2199), in date order. */
export function bankHolidays(year: number): readonly BankHoliday[] {
  return holidaysOfYear(year).list;
}

/** The bank holiday's name, or undefined when the date is not an England and Wales bank holiday. */
export function bankHolidayName(date: DateLike): string | undefined {
  const day = toDayNumber(date);
  assertSupportedDay(day);
  return holidaysOfYear(yearOf(day)).byDay.get(day);
}

/** True when the date is an England and Wales bank holiday. */
export function isBankHoliday(date: DateLike): boolean {
  return bankHolidayName(date) !== undefined;
}
