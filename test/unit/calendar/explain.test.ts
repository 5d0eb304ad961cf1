import { describe, expect, test } from 'vitest';
import {
  explainSchoolDays,
  explainWorkingDays,
  londonDateTime,
  parseSchoolCalendarCsv,
} from '../../../src/core/calendar/index.ts';

describe('explaining deadlines', () => {
  test('a weekend', () => {
    const e = explainWorkingDays(londonDateTime('2025-12-19', '16:40'), 1);
    expect(e.text).toBe(
      '1 working day from Fri 19 Dec 2025 16:40 → Mon 22 Dec 2025 16:40 (Sat 20, Sun 21 Dec: weekend)',
    );
    expect(e.due.toISOString()).toBe('2025-12-22T16:40:00.000Z');
    expect(e.skipped).toEqual([
      { date: '2025-12-20', reason: 'weekend' },
      { date: '2025-12-21', reason: 'weekend' },
    ]);
  });

  test('bank holidays by name', () => {
    const e = explainWorkingDays(londonDateTime('2025-12-24', '10:00'), 2);
    expect(e.text).toBe(
      '2 working days from Wed 24 Dec 2025 10:00 → Tue 30 Dec 2025 10:00 (Sat 27, Sun 28 Dec: ' +
        'weekend; 25 Dec Christmas Day, 26 Dec Boxing Day are bank holidays)',
    );
    expect(e.skipped[0]).toEqual({
      date: '2025-12-25',
      reason: 'bank-holiday',
      name: 'Christmas Day',
    });
  });

  test('a start on a non-working day ends at the end of a day, and says why', () => {
    const e = explainWorkingDays(londonDateTime('2025-12-20', '10:00'), 1);
    expect(e.startsOnNonWorkingDay).toBe(true);
    expect(e.text).toBe(
      '1 working day from Sat 20 Dec 2025 10:00 → end of Mon 22 Dec 2025 (Sat 20, Sun 21 Dec: ' +
        'weekend; counting starts on the next working day)',
    );
  });

  test('weekends across a month and a year name each month', () => {
    const e = explainWorkingDays(londonDateTime('2021-12-31', '09:00'), 1);
    expect(e.text).toBe(
      '1 working day from Fri 31 Dec 2021 09:00 → Tue 4 Jan 2022 09:00 (Sat 1, Sun 2 Jan: ' +
        'weekend; 3 Jan New Year’s Day (substitute day) is a bank holiday)',
    );
  });

  test('school days name closures and the time between terms', () => {
    const parsed = parseSchoolCalendarCsv(
      [
        'kind,name,start,end',
        'term,Autumn 2026,2026-09-03,2026-12-18',
        'half-term,Half term,2026-10-26,2026-10-30',
        'inset,INSET day,2026-11-02,',
        'term,Spring 2027,2027-01-05,2027-03-26',
      ].join('\n'),
    );
    if (!parsed.ok) throw new Error('calendar did not parse');
    const e = explainSchoolDays(parsed.calendar, '2026-10-22', 3);
    expect(e.due).toBe('2026-11-04');
    expect(e.text).toBe(
      '3 school days from Thu 22 Oct 2026 → Wed 4 Nov 2026 (Sat 24, Sun 25, Sat 31 Oct, ' +
        'Sun 1 Nov: weekend; closed: Mon 26 – Fri 30 Oct (Half term), Mon 2 Nov (INSET day))',
    );
    const winter = explainSchoolDays(parsed.calendar, '2026-12-18', 1);
    expect(winter.text).toBe(
      '1 school day from Fri 18 Dec 2026 → Tue 5 Jan 2027 (not in term: Sat 19 Dec 2026 – Mon 4 Jan 2027)',
    );
    expect(explainSchoolDays(parsed.calendar, '2027-03-26', 1)).toMatchObject({
      due: null,
      skipped: [],
    });
  });
});
