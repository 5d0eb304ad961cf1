import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ctfFixture } from '../../bench/ctf-fixture.ts';
import { readCtfAll } from '../../src/imports/ctf/index.ts';
import { describeEachEngine } from '../support/each-engine.ts';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '..', 'unit', 'ctf', 'fixtures', name), 'utf8');

describeEachEngine('Common Transfer Files', (h) => {
  const importCtf = (cookie: string, xml: string | Buffer, dryRun: boolean) =>
    h().request({
      method: 'POST',
      url: `/api/imports/ctf?dryRun=${String(dryRun)}`,
      cookie,
      headers: { 'content-type': 'application/xml' },
      payload: xml,
    });

  test('a CTF imports every pupil it can read; a malformed pupil fails alone; again changes nothing', async () => {
    const schoolId = await h().createSchool();
    const { cookie } = await h().as(schoolId, ['school_admin']);
    const good = ctfFixture(40, { seed: 7 });
    // Break one pupil's date of birth: it alone is refused.
    const broken = good.replace(/<DOB>[^<]+<\/DOB>/, '<DOB>not a date</DOB>');
    const preview = (await importCtf(cookie, broken, true)).json().data;
    expect(preview).toMatchObject({ counts: { create: 39 }, problemCount: 1, applied: false });
    expect(preview.problems[0]).toMatchObject({ line: 1, column: 'dateOfBirth' });
    expect(preview.from).toMatchObject({
      lea: '999',
      estab: '2001',
      name: 'Fictional Primary School',
    });

    const done = (await importCtf(cookie, broken, false)).json().data;
    expect(done).toMatchObject({ applied: true, counts: { create: 39 } });
    const again = (await importCtf(cookie, good, false)).json().data;
    expect(again.counts).toMatchObject({ create: 1, unchanged: 39 });
    expect(await h().auditTypes(schoolId)).toContain('pupil.imported');
  });

  test('both layouts (Gender and Sex) import, and a file that is not a CTF is refused whole', async () => {
    const schoolId = await h().createSchool();
    const { cookie } = await h().as(schoolId, ['dsl']);
    for (const name of ['older-gender.xml', 'newer-sex.xml']) {
      const res = await importCtf(cookie, fixture(name), true);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data.counts.create + res.json().data.problemCount).toBeGreaterThan(0);
    }
    const junk = Buffer.alloc(5 * 1024 * 1024, 0x41);
    const refused = await importCtf(cookie, junk, false);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('file');
    const latin1 = Buffer.from(
      fixture('older-gender.xml').replace('<Surname>', '<Surname>Zoë'),
      'latin1',
    );
    const enc = await importCtf(cookie, latin1, false);
    expect(enc.statusCode).toBe(400);
    const count = await h()
      .rt.conn.db.selectFrom('pupils')
      .select('id')
      .where('school_id', '=', schoolId)
      .execute();
    expect(count).toEqual([]);
  });

  test('leavers export as a CTF for their next school, which reads it back; refusals are clear', async () => {
    const schoolId = await h().createSchool();
    const admin = await h().as(schoolId, ['school_admin']);
    await importCtf(admin.cookie, ctfFixture(5, { seed: 3 }), false);
    const ids = (
      await h().request({ method: 'GET', url: '/api/pupils?limit=10', cookie: admin.cookie })
    )
      .json()
      .data.map((p: { id: string }) => p.id) as string[];
    const body = {
      pupilIds: ids.slice(0, 3),
      fromDfeNumber: '999 2001',
      to: { dfeNumber: '9992002', name: 'Next School' },
    };
    const res = await h().request({
      method: 'POST',
      url: '/api/exports/ctf',
      cookie: admin.cookie,
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    const back = await readCtfAll(res.body);
    expect(back.pupils).toHaveLength(3);
    expect(back.header.destSchool).toMatchObject({
      lea: '999',
      estab: '2002',
      name: 'Next School',
    });
    expect(res.body).not.toMatch(/concern|chronology/i);
    expect(await h().auditTypes(schoolId)).toContain('pupil.exported');

    const teacher = await h().as(schoolId, ['staff']);
    expect(
      (
        await h().request({
          method: 'POST',
          url: '/api/exports/ctf',
          cookie: teacher.cookie,
          payload: body,
        })
      ).statusCode,
    ).toBe(403);
    expect((await importCtf(teacher.cookie, ctfFixture(1), true)).statusCode).toBe(403);
    const badNumber = await h().request({
      method: 'POST',
      url: '/api/exports/ctf',
      cookie: admin.cookie,
      payload: { ...body, fromDfeNumber: '12' },
    });
    expect(badNumber.json().error.field).toBe('fromDfeNumber');
    const other = await h().createSchool('Other');
    const outsider = await h().as(other, ['school_admin']);
    const foreign = await h().request({
      method: 'POST',
      url: '/api/exports/ctf',
      cookie: outsider.cookie,
      payload: body,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('pupilIds');
  });
});
