import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, makePupil, schoolWithPeople } from './support.ts';

describeEachEngine('a colleague’s access to a file when their account is disabled', (h) => {
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
    h().request({ method, url, cookie, ...(payload ? { payload } : {}) });

  test('[D24] ends with the account: enabled again, they cannot read the file until the DSL grants it again', async () => {
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const admin = await h().as(schoolId, ['school_admin']);
    const second = await makePupil(h(), dsl.cookie, { legalFirstName: 'Wren' });
    await call('POST', '/api/concerns', teacher.cookie, concernInput(pupilId, category));
    const expiresAt = new Date(h().clock.now().getTime() + 30 * 86_400_000).toISOString();
    for (const child of [pupilId, second]) {
      const grant = await call('POST', `/api/files/${child}/grants`, dsl.cookie, {
        granteeId: teacher.user.id,
        reason: 'Class teacher: needs to know for a support plan',
        expiresAt,
      });
      expect(grant.statusCode, grant.body).toBe(201);
    }
    expect((await call('GET', `/api/files/${pupilId}`, teacher.cookie)).statusCode).toBe(200);

    const off = await call('PATCH', `/api/staff/${teacher.user.id}`, admin.cookie, {
      disabled: true,
    });
    expect(off.statusCode, off.body).toBe(200);
    // "Who has access" no longer shows them as able to read it.
    for (const child of [pupilId, second]) {
      const grants = (await call('GET', `/api/files/${child}/grants`, dsl.cookie)).json().data;
      expect(grants).toEqual([expect.objectContaining({ revokedAt: expect.any(String) })]);
    }
    const on = await call('PATCH', `/api/staff/${teacher.user.id}`, admin.cookie, {
      disabled: false,
    });
    expect(on.statusCode, on.body).toBe(200);
    const back = await h().signIn(teacher.user);
    expect((await call('GET', `/api/files/${pupilId}`, back)).statusCode).toBe(404);
    expect((await call('GET', '/api/files/shared-with-me', back)).json().data).toEqual([]);
    // Each file's history says why.
    const ended = await h()
      .rt.conn.db.selectFrom('audit_events')
      .select(['subject_id', 'details'])
      .where('school_id', '=', schoolId)
      .where('type', '=', 'grant.revoked')
      .execute();
    expect(ended.map((e) => e.subject_id).sort()).toEqual([pupilId, second].sort());
    for (const e of ended)
      expect(JSON.parse(e.details)).toMatchObject({ because: 'account disabled' });
  });

  test('[D24] access given until a date lasts to the end of that day in London', async () => {
    const { dsl, teacher, pupilId } = await schoolWithPeople(h());
    const day = new Date(h().clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const grant = await call('POST', `/api/files/${pupilId}/grants`, dsl.cookie, {
      granteeId: teacher.user.id,
      reason: 'Class teacher: needs to know for a support plan',
      expiresAt: day,
    });
    expect(grant.statusCode, grant.body).toBe(201);
    const [given] = (await call('GET', `/api/files/${pupilId}/grants`, dsl.cookie)).json().data;
    const expires = new Date(given.expiresAt);
    const london = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(expires);
    const [y, m, d] = day.split('-');
    expect(london).toBe(`${d}/${m}/${y}, 23:59:59`);
    // A year outside the calendar is refused naming the field, never a 5xx.
    for (const expiresAt of ['2200-01-01', '0001-01-01']) {
      const odd = await call('POST', `/api/files/${pupilId}/grants`, dsl.cookie, {
        granteeId: teacher.user.id,
        reason: 'Class teacher',
        expiresAt,
      });
      expect([odd.statusCode, odd.json().error?.field], odd.body).toEqual([400, 'expiresAt']);
    }
    // A read under it names the grant, so "who viewed" can be read against "who has access".
    expect((await call('GET', `/api/files/${pupilId}`, teacher.cookie)).statusCode).toBe(200);
    const read = await h()
      .rt.conn.db.selectFrom('audit_events')
      .select('details')
      .where('type', '=', 'file.read')
      .where('actor_id', '=', teacher.user.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(read.details)).toEqual({ via: 'grant', grantId: given.id });
  });
});
