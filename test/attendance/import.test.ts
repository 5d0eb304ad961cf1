import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { expectError } from '../api/helpers.ts';
import { attendanceSchool, b64, csvOf, UPNS } from './support.ts';

describeEachEngine('attendance marks: import and entry', (h) => {
  const post = (cookie: string, url: string, payload: object) =>
    h().request({ method: 'POST', url, cookie, payload });
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const marksOf = async (schoolId: string) =>
    Number(
      (
        await sql<{
          n: number;
        }>`select count(*) as n from attendance_marks where school_id = ${schoolId}`.execute(
          h().rt.conn.db,
        )
      ).rows[0]?.n,
    );
  const importCsv = (cookie: string, content: string | Buffer, dryRun: boolean) =>
    post(cookie, '/api/attendance/import', { contentBase64: b64(content), dryRun });

  const GOOD = csvOf([
    [UPNS[0], '2026-11-02', 'AM', '/'],
    [UPNS[0], '2026-11-03', 'AM', '/'],
    [UPNS[0], '03/11/2026', 'PM', 'i'],
    [UPNS[1], '2026-11-03', 'AM', 'O'],
    [UPNS[1], '2026-11-03', 'PM', 'L'],
  ]);

  test('[D10] the office previews a marks file, imports it, and a second import changes nothing', async () => {
    h().clock.set('2026-11-05T16:00:00Z');
    const s = await attendanceSchool(h());
    const preview = await importCsv(s.office.cookie, GOOD, true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().data).toMatchObject({
      marks: 5,
      pupils: 2,
      from: '2026-11-02',
      to: '2026-11-03',
      errors: [],
      // 2 Nov is an INSET day: the office is told before saving, so a wrong calendar shows.
      offCalendar: { marks: 1, days: 1, dates: ['2026-11-02'] },
    });
    expect(await marksOf(s.schoolId)).toBe(0);
    const saved = await importCsv(s.office.cookie, GOOD, false);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await marksOf(s.schoolId)).toBe(5);
    await importCsv(s.office.cookie, GOOD, false);
    expect(await marksOf(s.schoolId)).toBe(5);

    const summary = (await get(s.teacher.cookie, `/api/pupils/${s.pupilA}/attendance`)).json().data;
    // The INSET day's mark is kept but counts for nothing, as it does for the run.
    expect(summary.summary).toMatchObject({
      possible: 2,
      present: 1,
      authorised: 1,
      unauthorised: 0,
      percentage: 50,
      run: { days: 0 },
      offCalendar: { marks: 1, days: 1, dates: ['2026-11-02'] },
    });
    expect(summary.days[0]).toEqual({ date: '2026-11-03', am: '/', pm: 'I' });
    expect(await h().auditTypes(s.schoolId)).toContain('attendance.imported');
  });

  test('[D10] broken files are refused with every bad row and column named, and change nothing', async () => {
    h().clock.set('2026-11-05T16:00:00Z');
    const s = await attendanceSchool(h());
    await importCsv(s.office.cookie, GOOD, false);
    const before = await marksOf(s.schoolId);
    const bad = csvOf([
      [UPNS[0], '2026-11-04', 'AM', '/'],
      ['A123', '2026-11-04', 'AM', '/'],
      ['C801200005001', '2026-11-04', 'AM', '/'],
      [UPNS[0], '2026-11-04', 'PM', 'ZZ'],
      [UPNS[0], '2026-13-01', 'EVE', '/'],
      [UPNS[2], '2026-11-04', 'AM', '/'],
      [UPNS[0], '2026-11-09', 'AM', '/'],
    ]);
    const preview = (await importCsv(s.office.cookie, bad, true)).json().data;
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'upn' }),
        expect.objectContaining({
          row: 4,
          field: 'upn',
          message: expect.stringContaining('check letter'),
        }),
        expect.objectContaining({ row: 5, field: 'code', message: expect.stringContaining('ZZ') }),
        expect.objectContaining({ row: 6, field: 'date' }),
        expect.objectContaining({ row: 6, field: 'session' }),
        expect.objectContaining({ row: 8, field: 'date', message: expect.stringContaining('yet') }),
      ]),
    );
    // Rows good in themselves still wait on the file: an unknown UPN is named once the rest pass.
    const unknown = csvOf([
      [UPNS[0], '2026-11-04', 'AM', '/'],
      [UPNS[2], '2026-11-04', 'AM', '/'],
    ]);
    expect((await importCsv(s.office.cookie, unknown, true)).json().data.errors).toEqual([
      { row: 3, field: 'upn', message: `No pupil in this school has UPN ${UPNS[2]}` },
    ]);
    for (const file of [bad, unknown]) {
      const refused = await importCsv(s.office.cookie, file, false);
      expectError(refused, 400, 'VALIDATION', 'file');
    }
    const latin1 = Buffer.from(csvOf([[UPNS[0], '2026-11-04', 'AM', '/']]) + ',Zoë', 'latin1');
    const wrong = (await importCsv(s.office.cookie, latin1, true)).json().data;
    expect(wrong.errors).toEqual([{ message: expect.stringContaining('not UTF-8') }]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect((await importCsv(s.office.cookie, png, true)).json().data.errors[0].message).toMatch(
      /not UTF-8|not a CSV/,
    );
    const junk = (await importCsv(s.office.cookie, 'lorem ipsum\n"unclosed,quote', true)).json()
      .data;
    expect(junk.errors[0].message).toMatch(/not valid CSV|header/);
    const noHeader = (await importCsv(s.office.cookie, 'name,when\nA,B', true)).json().data;
    expect(noHeader.errors[0]).toMatchObject({ row: 1, message: expect.stringContaining('upn') });
    const big = await post(s.office.cookie, '/api/attendance/import', {
      contentBase64: b64(Buffer.alloc(3 * 1024 * 1024, 0x41)),
      dryRun: true,
    });
    expect(big.statusCode).toBeLessThan(500);
    expect(big.statusCode === 413 || big.json().data?.errors?.length === 1).toBe(true);
    expectError(
      await post(s.office.cookie, '/api/attendance/import', { contentBase64: '%%%' }),
      400,
      'VALIDATION',
      'contentBase64',
    );
    expect(await marksOf(s.schoolId)).toBe(before);
  });

  test('marks are entered for one pupil; codes, dates and the pupil are checked', async () => {
    h().clock.set('2026-11-05T16:00:00Z');
    const s = await attendanceSchool(h());
    const url = `/api/pupils/${s.pupilA}/attendance`;
    const saved = await post(s.office.cookie, url, { date: '2026-11-04', am: '/', pm: 'm' });
    expect(saved.statusCode, saved.body).toBe(200);
    const again = await post(s.office.cookie, url, { date: '2026-11-04', pm: 'I' });
    expect(again.statusCode).toBe(200);
    expect((await get(s.dsl.cookie, url)).json().data.days).toEqual([
      { date: '2026-11-04', am: '/', pm: 'I' },
    ]);
    expectError(await post(s.office.cookie, url, { date: '2026-11-04' }), 400, 'VALIDATION', 'am');
    expectError(
      await post(s.office.cookie, url, { date: '2026-11-04', am: 'Q9' }),
      400,
      'VALIDATION',
      'am',
    );
    expectError(
      await post(s.office.cookie, url, { date: '2026-02-30', am: '/' }),
      400,
      'VALIDATION',
      'date',
    );
    expectError(
      await post(s.office.cookie, url, { date: '2026-11-20', am: '/' }),
      400,
      'VALIDATION',
      'date',
    );
    expect(await marksOf(s.schoolId)).toBe(2);
  });

  test('access: another school’s pupil is not found, roles without the right are refused', async () => {
    h().clock.set('2026-11-05T16:00:00Z');
    const s = await attendanceSchool(h());
    const other = await attendanceSchool(h());
    const url = `/api/pupils/${other.pupilA}/attendance`;
    expectError(await get(s.dsl.cookie, url), 404, 'NOT_FOUND');
    expectError(
      await post(s.office.cookie, url, { date: '2026-11-04', am: 'O' }),
      404,
      'NOT_FOUND',
    );
    // Another school's UPN is simply unknown here.
    const theirs = await importCsv(
      s.office.cookie,
      csvOf([[UPNS[0], '2026-11-04', 'AM', 'O']]),
      false,
    );
    expect(theirs.statusCode).toBe(200);
    expect(await marksOf(other.schoolId)).toBe(0);

    const volunteer = await h().as(s.schoolId, ['volunteer']);
    expectError(
      await get(volunteer.cookie, `/api/pupils/${s.pupilA}/attendance`),
      403,
      'FORBIDDEN',
    );
    expectError(
      await post(s.teacher.cookie, `/api/pupils/${s.pupilA}/attendance`, {
        date: '2026-11-04',
        am: 'O',
      }),
      403,
      'FORBIDDEN',
    );
    expectError(await importCsv(s.teacher.cookie, 'x', true), 403, 'FORBIDDEN');
    expectError(await get(s.office.cookie, '/api/attendance/watch'), 403, 'FORBIDDEN');
    expectError(
      await get(s.dsl.cookie, `/api/pupils/${s.pupilA}/attendance?from=yesterday`),
      400,
      'VALIDATION',
      'from',
    );
    expect((await get(s.teacher.cookie, '/api/attendance/codes')).json().data.codes).toContainEqual(
      { code: 'O', meaning: expect.any(String), category: 'unauthorised' },
    );
  });
});
