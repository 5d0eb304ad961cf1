import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import type { TestHaven } from '../support/haven.ts';
import { HEADER, csvOf, line, upnFor } from './roster-fixtures.ts';
import { categoryId, concernInput } from '../concerns/support.ts';

describeEachEngine('pupil imports', (h) => {
  const post = (cookie: string, csv: string, dryRun: boolean) =>
    h().request({ method: 'POST', url: '/api/imports/pupils', cookie, payload: { csv, dryRun } });
  const pupilCount = (hv: TestHaven, schoolId: string) =>
    hv.rt.conn.db
      .selectFrom('pupils')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('school_id', '=', schoolId)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));

  test('preview, import, and again: upsert by UPN without duplicates; a changed date of birth or UPN waits for review', async () => {
    const schoolId = await h().createSchool();
    const { cookie } = await h().as(schoolId, ['school_admin']);
    const file = csvOf([1, 2, 3, 4].map((n) => line(n)));
    const preview = (await post(cookie, file, true)).json().data;
    expect(preview).toMatchObject({
      counts: { create: 4, update: 0, unchanged: 0, flag: 0 },
      problemCount: 0,
      applied: false,
    });
    expect(await pupilCount(h(), schoolId)).toBe(0);

    expect((await post(cookie, file, false)).json().data.applied).toBe(true);
    expect(await pupilCount(h(), schoolId)).toBe(4);
    const again = (await post(cookie, file, false)).json().data;
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 4, flag: 0 });
    expect(await pupilCount(h(), schoolId)).toBe(4);

    // Pupil 1 moves up a year; pupil 2's date of birth changes; pupil 3 arrives with a new UPN.
    const changed = csvOf([
      line(1, { year: '5' }),
      line(2, { dob: '15/05/2016' }),
      line(3, { upn: upnFor(903) }),
      line(4),
    ]);
    const result = (await post(cookie, changed, false)).json().data;
    expect(result.counts).toEqual({ create: 0, update: 1, unchanged: 1, flag: 2 });
    expect(result.flagged.map((f: { change: string }) => f.change).sort()).toEqual([
      'date_of_birth',
      'upn',
    ]);
    expect(await pupilCount(h(), schoolId)).toBe(4);
    const list = (await h().request({ method: 'GET', url: '/api/pupils?limit=50', cookie })).json()
      .data as { upn: string; dateOfBirth: string; yearGroup: string }[];
    expect(list.find((p) => p.upn === upnFor(1))?.yearGroup).toBe('5');
    expect(list.find((p) => p.upn === upnFor(2))?.dateOfBirth).toBe('2016-05-14');

    // The same file again before anyone has decided: the same two changes, held once.
    expect((await post(cookie, changed, false)).json().data.counts.flag).toBe(2);
    const flags = (
      await h().request({ method: 'GET', url: '/api/pupils/identity-flags', cookie })
    ).json().data as { id: string; change: string; incomingValue: string }[];
    expect(flags).toHaveLength(2);
    const dob = flags.find((f) => f.change === 'date_of_birth');
    const accept = await h().request({
      method: 'POST',
      url: `/api/pupils/identity-flags/${dob?.id}`,
      cookie,
      payload: { resolution: 'accepted' },
    });
    expect(accept.statusCode).toBe(204);
    const after = (await h().request({ method: 'GET', url: '/api/pupils?limit=50', cookie })).json()
      .data as { upn: string; dateOfBirth: string }[];
    expect(after.find((p) => p.upn === upnFor(2))?.dateOfBirth).toBe('2016-05-15');
    const twice = await h().request({
      method: 'POST',
      url: `/api/pupils/identity-flags/${dob?.id}`,
      cookie,
      payload: { resolution: 'dismissed' },
    });
    expect(twice.statusCode).toBe(409);
    expect(await h().auditTypes(schoolId)).toEqual(
      expect.arrayContaining(['pupil.imported', 'pupil.identity_resolved']),
    );
  });

  test('broken files name every bad row and column and change nothing', async () => {
    const schoolId = await h().createSchool();
    const { cookie } = await h().as(schoolId, ['dsl']);
    const badUpn = upnFor(7).replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const file = csvOf([
      line(1),
      line(2, { upn: badUpn }),
      line(3, { dob: '' }),
      line(4, { upn: upnFor(1) }),
    ]);
    const res = (await post(cookie, file, false)).json().data;
    expect(res.applied).toBe(false);
    expect(res.problems).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'UPN',
        message: expect.stringContaining('check letter'),
      }),
      expect.objectContaining({ line: 4, column: 'Date of birth' }),
      expect.objectContaining({ line: 5, column: 'UPN', message: 'The same UPN is on row 2' }),
    ]);
    expect(await pupilCount(h(), schoolId)).toBe(0);

    const latin1 = (
      await post(cookie, `${HEADER}\r\n${line(1).replace('Pupil1', 'Zo\uFFFD')}`, false)
    ).json().data;
    expect(latin1.problems[0].message).toContain('not UTF-8');
    const noColumns = (await post(cookie, 'Name,Age\nA,1', false)).json().data;
    expect(noColumns.problems[0].message).toMatch(/^Missing columns: UPN, Legal first name/);
    const junk = 'x'.repeat(5 * 1024 * 1024);
    const big = await post(cookie, junk, false);
    expect(big.statusCode).toBe(200);
    expect(big.json().data.problemCount).toBeGreaterThan(0);
    expect(await pupilCount(h(), schoolId)).toBe(0);
  });

  test('an import never touches child protection records, and refusals are clear', async () => {
    const schoolId = await h().createSchool();
    const admin = await h().as(schoolId, ['school_admin']);
    const teacher = await h().as(schoolId, ['staff']);
    const dsl = await h().as(schoolId, ['dsl']);
    await post(admin.cookie, csvOf([line(1)]), false);
    // A concern about the imported pupil; then the MIS renames them and moves them up a year.
    const pupilId = (
      await h().request({ method: 'GET', url: '/api/pupils?limit=5', cookie: admin.cookie })
    ).json().data[0].id as string;
    const category = await categoryId(h(), teacher.cookie);
    const concern = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category),
    });
    expect(concern.statusCode).toBe(201);
    const fileBefore = (
      await h().request({ method: 'GET', url: `/api/files/${pupilId}`, cookie: dsl.cookie })
    ).json().data.chronology.length as number;
    const renamed = await post(
      admin.cookie,
      csvOf([line(1, { surname: 'Newname', year: '5' })]),
      false,
    );
    expect(renamed.json().data.counts.update).toBe(1);
    const fileAfter = (
      await h().request({ method: 'GET', url: `/api/files/${pupilId}`, cookie: dsl.cookie })
    ).json().data;
    expect(fileAfter.chronology.length).toBe(fileBefore);
    expect(fileAfter.pupil.displayName).toBe('Pupil1 Newname');
    const forbidden = await post(teacher.cookie, csvOf([line(2)]), false);
    expect(forbidden.statusCode).toBe(403);
    const empty = await post(admin.cookie, '', false);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('csv');
    expect(
      (
        await h().request({
          method: 'GET',
          url: '/api/pupils/identity-flags',
          cookie: teacher.cookie,
        })
      ).statusCode,
    ).toBe(403);

    const other = await h().createSchool('Other');
    const outsider = await h().as(other, ['school_admin']);
    // Another school importing the same UPN gets its own pupil; ours is untouched.
    expect(
      (await post(outsider.cookie, csvOf([line(1, { surname: 'Other' })]), false)).json().data
        .counts.create,
    ).toBe(1);
    expect(await pupilCount(h(), schoolId)).toBe(1);
    const [flag] = await h()
      .rt.conn.db.selectFrom('pupil_identity_flags')
      .select('id')
      .where('school_id', '=', schoolId)
      .execute();
    expect(flag).toBeUndefined();
    const notOurs = await h().request({
      method: 'POST',
      url: '/api/pupils/identity-flags/00000000-0000-4000-8000-000000000000',
      cookie: outsider.cookie,
      payload: { resolution: 'accepted' },
    });
    expect(notOurs.statusCode).toBe(404);
  });

  test('a web import runs in the background with its progress, for the person who started it', async () => {
    const schoolId = await h().createSchool();
    const admin = await h().as(schoolId, ['school_admin']);
    const other = await h().as(schoolId, ['dsl']);
    const start = await h().request({
      method: 'POST',
      url: '/api/imports/pupils/jobs',
      cookie: admin.cookie,
      payload: { csv: csvOf(Array.from({ length: 30 }, (_, i) => line(i + 1))) },
    });
    expect(start.statusCode).toBe(202);
    const id = start.json().data.id as string;
    let job = start.json().data;
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      job = (
        await h().request({ method: 'GET', url: `/api/imports/jobs/${id}`, cookie: admin.cookie })
      ).json().data;
    }
    expect(job).toMatchObject({
      state: 'done',
      done: 30,
      total: 30,
      summary: { counts: { create: 30 } },
    });
    const peek = await h().request({
      method: 'GET',
      url: `/api/imports/jobs/${id}`,
      cookie: other.cookie,
    });
    expect(peek.statusCode).toBe(404);
  });

  test('[D11] pupils with fewer than two emergency numbers are listed for the office', async () => {
    const schoolId = await h().createSchool();
    const admin = await h().as(schoolId, ['school_admin']);
    // Pupils 3 and 6 have one contact; pupil 1 has two.
    await post(admin.cookie, csvOf([line(1), line(3), line(6)]), false);
    const gaps = (
      await h().request({ method: 'GET', url: '/api/pupils/contact-gaps', cookie: admin.cookie })
    ).json();
    expect(gaps.count).toBe(2);
    expect(
      gaps.data.map((g: { displayName: string; numbers: number }) => [g.displayName, g.numbers]),
    ).toEqual([
      ['Pupil3 Fictional', 1],
      ['Pupil6 Fictional', 1],
    ]);
    const visitor = await h().as(schoolId, ['visitor']);
    expect(
      (
        await h().request({
          method: 'GET',
          url: '/api/pupils/contact-gaps',
          cookie: visitor.cookie,
        })
      ).statusCode,
    ).toBe(403);
  });
});
