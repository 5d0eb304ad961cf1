// The yearly pattern of England and Wales bank holidays: the Banking and Financial Dealings Act
// 1971 Schedule 1 and the standing proclamations for New Year's Day and the early May holiday
// (from 1978), with the long-standing substitute-day practice. Proclaimed one-offs are applied
// from bank-holiday-proclamations.ts.

import { daysFromCivil, isoDate, isWeekend, isoWeekday, dayNumber } from './day-number.ts';
import type { DayNumber, IsoDate } from './day-number.ts';
import { easterSunday } from './easter.ts';
import { PROCLAIMED_BANK_HOLIDAYS } from './bank-holiday-proclamations.ts';

/** One England and Wales bank holiday. */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

interface Dated {
  day: DayNumber;
  name: string;
}

function firstMondayOf(year: number, month: number): DayNumber {
  const first = daysFromCivil(year, month, 1);
  return first + ((8 - isoWeekday(first)) % 7);
}

function lastMondayOf(year: number, month: number): DayNumber {
  const last = daysFromCivil(year, month + 1, 0);
  return last - (isoWeekday(last) - 1);
}

/**
 * A holiday that falls at a weekend is kept on the next weekday that is not already a bank
 * holiday: Christmas on a Saturday gives Monday 27, and Boxing Day on the Sunday then Tuesday 28.
 * Only the weekday is listed, as gov.uk does.
 */
function withSubstitutes(fixed: readonly Dated[]): Dated[] {
  const taken = new Set(fixed.filter((h) => !isWeekend(h.day)).map((h) => h.day));
  const result: Dated[] = [];
  for (const h of fixed) {
    if (!isWeekend(h.day)) {
      result.push(h);
      continue;
    }
    let d = h.day + 1;
    while (isWeekend(d) || taken.has(d)) d++;
    taken.add(d);
    result.push({ day: d, name: `${h.name} (substitute day)` });
  }
  return result;
}

/** Every England and Wales bank holiday of a year, in date order, proclamations applied. */
export function computeBankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const days: Dated[] = [
    ...withSubstitutes([{ day: daysFromCivil(year, 1, 1), name: 'New Year’s Day' }]),
    { day: easter - 2, name: 'Good Friday' },
    { day: easter + 1, name: 'Easter Monday' },
    { day: firstMondayOf(year, 5), name: 'Early May bank holiday' },
    { day: lastMondayOf(year, 5), name: 'Spring bank holiday' },
    { day: lastMondayOf(year, 8), name: 'Summer bank holiday' },
    ...withSubstitutes([
      { day: daysFromCivil(year, 12, 25), name: 'Christmas Day' },
      { day: daysFromCivil(year, 12, 26), name: 'Boxing Day' },
    ]),
  ];
  const prefix = `${String(year).padStart(4, '0')}-`;
  const proclaimed = PROCLAIMED_BANK_HOLIDAYS.filter((p) => p.date.startsWith(prefix));
  const moved = new Set(proclaimed.flatMap((p) => (p.replaces ? [dayNumber(p.replaces)] : [])));
  const all = [
    ...days.filter((h) => !moved.has(h.day)),
    ...proclaimed.map((p) => ({ day: dayNumber(p.date), name: p.name })),
  ];
  all.sort((a, b) => a.day - b.day);
  return all.map((h) => ({ date: isoDate(h.day), name: h.name }));
}
