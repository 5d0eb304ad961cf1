import { describe, expect, test } from 'vitest';
import {
  bankHolidayName,
  bankHolidays,
  diffBankHolidays,
  isBankHoliday,
  PROCLAIMED_BANK_HOLIDAYS,
} from '../../../src/core/calendar/index.ts';

// Every England and Wales bank holiday 2015–2035, written out from the rules (New Year's Day,
// Good Friday, Easter Monday, first Monday of May, last Monday of May, last Monday of August,
// Christmas and Boxing Day, with weekend substitutes) and the proclamations of 2020, 2022 and
// 2023. Cross-checked against gov.uk/bank-holidays for 2015–2027 and against the date-holidays
// package (GB/ENG), which agrees with every date here.
const ORACLE: Record<number, string[]> = {
  2015: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2016: ['01-01', '03-25', '03-28', '05-02', '05-30', '08-29', '12-26', '12-27'],
  2017: ['01-02', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2029: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2030: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2031: ['01-01', '04-11', '04-14', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2032: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2033: ['01-03', '04-15', '04-18', '05-02', '05-30', '08-29', '12-26', '12-27'],
  2034: ['01-02', '04-07', '04-10', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2035: ['01-01', '03-23', '03-26', '05-07', '05-28', '08-27', '12-25', '12-26'],
};

describe('England and Wales bank holidays', () => {
  test.each(Object.entries(ORACLE))('%s matches the oracle exactly', (year, days) => {
    expect(bankHolidays(Number(year)).map((h) => h.date)).toEqual(days.map((d) => `${year}-${d}`));
  });

  test('one-off and moved holidays are there, and the dates they replaced are not', () => {
    for (const d of [
      '1995-05-08',
      '1999-12-31',
      '2002-06-03',
      '2002-06-04',
      '2011-04-29',
      '2012-06-04',
      '2012-06-05',
      '2020-05-08',
      '2022-06-02',
      '2022-06-03',
      '2022-09-19',
      '2023-05-08',
    ]) {
      expect(isBankHoliday(d), d).toBe(true);
    }
    for (const d of ['1995-05-01', '2002-05-27', '2012-05-28', '2020-05-04', '2022-05-30']) {
      expect(isBankHoliday(d), d).toBe(false);
    }
    expect(bankHolidays(2023).map((h) => h.date)).toContain('2023-05-01');
  });

  test('substitute days carry the name of the holiday they stand in for', () => {
    expect(bankHolidayName('2021-12-27')).toBe('Christmas Day (substitute day)');
    expect(bankHolidayName('2021-12-28')).toBe('Boxing Day (substitute day)');
    expect(bankHolidayName('2022-12-26')).toBe('Boxing Day');
    expect(bankHolidayName('2022-12-27')).toBe('Christmas Day (substitute day)');
    expect(bankHolidayName('2022-01-03')).toBe('New Year’s Day (substitute day)');
    expect(bankHolidayName('2025-12-24')).toBeUndefined();
  });

  test('every year 1990–2100 has 8 holidays, each on a weekday, except proclamation years', () => {
    const special = new Set(PROCLAIMED_BANK_HOLIDAYS.map((p) => Number(p.date.slice(0, 4))));
    for (let y = 1990; y <= 2100; y++) {
      const list = bankHolidays(y);
      for (const h of list) {
        expect([0, 6], h.date).not.toContain(new Date(`${h.date}T00:00:00Z`).getUTCDay());
      }
      if (!special.has(y)) expect(list, String(y)).toHaveLength(8);
    }
  });

  test('every proclamation that moves a holiday replaces a date the rules would give', () => {
    for (const p of PROCLAIMED_BANK_HOLIDAYS) {
      expect(isBankHoliday(p.date), p.date).toBe(true);
      if (p.replaces) expect(isBankHoliday(p.replaces), p.replaces).toBe(false);
    }
  });

  test('years outside 1978–2199 are refused rather than guessed', () => {
    expect(() => bankHolidays(1977)).toThrow(RangeError);
    expect(() => bankHolidays(2200)).toThrow(RangeError);
    expect(() => isBankHoliday('1970-01-01')).toThrow(RangeError);
  });

  test('a published list is compared date by date, over the years it covers', () => {
    const published = bankHolidays(2026).map((h) => ({ date: h.date, title: h.name }));
    expect(diffBankHolidays(published)).toEqual({ missing: [], unexpected: [] });
    const changed = [
      ...published.filter((p) => p.date !== '2026-05-25'),
      { date: '2026-06-01', title: 'Spring bank holiday' },
    ];
    expect(diffBankHolidays(changed)).toEqual({
      missing: [{ date: '2026-06-01', title: 'Spring bank holiday' }],
      unexpected: [{ date: '2026-05-25', name: 'Spring bank holiday' }],
    });
  });
});
