import type { IsoDate } from './day-number.ts';
import { bankHolidays, type BankHoliday } from './bank-holidays.ts';

/** An event from gov.uk's bank-holidays.json (`england-and-wales.events[]`). */
export interface PublishedBankHoliday {
  readonly date: IsoDate;
  readonly title: string;
}

/** Where Haven's bank holidays and a published list disagree, over the years the list covers. */
export interface BankHolidayDiff {
  /** Published but not known to Haven: add a proclamation. */
  readonly missing: readonly PublishedBankHoliday[];
  /** Known to Haven but not published: a wrong proclamation, or a holiday moved. */
  readonly unexpected: readonly BankHoliday[];
}

/** Compares Haven's England and Wales bank holidays with a published list, date by date. */
export function diffBankHolidays(published: readonly PublishedBankHoliday[]): BankHolidayDiff {
  const years = [...new Set(published.map((p) => Number(p.date.slice(0, 4))))].sort(
    (a, b) => a - b,
  );
  const ours = years.flatMap((y) => bankHolidays(y));
  const ourDates = new Set(ours.map((h) => h.date));
  const theirDates = new Set(published.map((p) => p.date));
  return {
    missing: published.filter((p) => !ourDates.has(p.date)),
    unexpected: ours.filter((h) => !theirDates.has(h.date)),
  };
}
