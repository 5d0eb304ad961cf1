import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { makePupil, schoolWithPeople } from './support.ts';

describeEachEngine('marking an entry and withdrawing access: who and what is refused', (h) => {
  const post = (cookie: string, url: string, payload?: unknown) =>
    h().request({
      method: 'POST',
      url,
      cookie,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const inDays = (days: number) =>
    new Date(h().clock.now().getTime() + days * 86_400_000).toISOString();
  const db = () => h().rt.conn.db;

  const entryRows = () =>
    db().selectFrom('file_entries').select(['id', 'significant']).orderBy('id').execute();
  const grantRows = () =>
    db().selectFrom('access_grants').select(['id', 'revoked_at']).orderBy('id').execute();
  const audited = (type: string) =>
    db().selectFrom('audit_events').select('seq').where('type', '=', type).execute();

  /**
   * A school whose DSL has noted a contact in two children's files and given a teaching assistant
   * access to each; the class teacher has no access. Another school's DSL stands by.
   */
  async function setting() {
    const here = await schoolWithPeople(h());
    const { schoolId, dsl, pupilId } = here;
    const other = await makePupil(h(), dsl.cookie, { legalFirstName: 'Otto' });
    const assistant = await h().as(schoolId, ['staff'], { name: 'Tara Assistant' });
    const note = async (pupil: string) => {
      const res = await post(dsl.cookie, `/api/files/${pupil}/notes`, {
        at: h().clock.now().toISOString(),
        text: 'Phoned mother.',
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().data.id as string;
    };
    const grant = async (pupil: string) => {
      const res = await post(dsl.cookie, `/api/files/${pupil}/grants`, {
        granteeId: assistant.user.id,
        reason: 'Supports her in class',
        expiresAt: inDays(7),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().data.id as string;
    };
    return {
      ...here,
      other,
      assistant,
      entryId: await note(pupilId),
      otherEntryId: await note(other),
      grantId: await grant(pupilId),
      otherGrantId: await grant(other),
      elsewhere: await schoolWithPeople(h()),
    };
  }

  /** Each request is refused with this status (and field), and nothing anywhere changes. */
  async function refusedAll(
    cases: [cookie: string, url: string, payload: unknown, status: number, field?: string][],
  ) {
    const before = {
      entries: await entryRows(),
      grants: await grantRows(),
      marked: (await audited('file.entry_marked')).length,
      revoked: (await audited('grant.revoked')).length,
    };
    for (const [cookie, url, payload, status, field] of cases) {
      const res = await post(cookie, url, payload);
      expect(res.statusCode, `${url} ${JSON.stringify(payload)}: ${res.body}`).toBe(status);
      if (field) expect(res.json().error, url).toMatchObject({ code: 'VALIDATION', field });
    }
    expect(await entryRows()).toEqual(before.entries);
    expect(await grantRows()).toEqual(before.grants);
    expect((await audited('file.entry_marked')).length).toBe(before.marked);
    expect((await audited('grant.revoked')).length).toBe(before.revoked);
  }

  test('marking significant: another school’s DSL, a colleague given the file and a teacher hear "not found"', async () => {
    const s = await setting();
    const url = `/api/files/${s.pupilId}/entries/${s.entryId}/significant`;
    await refusedAll([
      [s.elsewhere.dsl.cookie, url, { significant: true }, 404],
      [s.assistant.cookie, url, { significant: true }, 404],
      [s.teacher.cookie, url, { significant: true }, 404],
    ]);
  });

  test('marking significant: an entry of another child’s file, or none, is "not found"; a bad body names its field', async () => {
    const s = await setting();
    const base = `/api/files/${s.pupilId}/entries`;
    await refusedAll([
      [s.dsl.cookie, `${base}/${s.otherEntryId}/significant`, { significant: true }, 404],
      [s.dsl.cookie, `${base}/${randomUUID()}/significant`, { significant: true }, 404],
      [s.dsl.cookie, `${base}/${s.entryId}/significant`, {}, 400, 'significant'],
      [
        s.dsl.cookie,
        `${base}/${s.entryId}/significant`,
        { significant: 'yes' },
        400,
        'significant',
      ],
      [s.dsl.cookie, `${base}/${s.entryId}/significant`, { significant: null }, 400, 'significant'],
      [s.dsl.cookie, `${base}/not-an-id/significant`, { significant: true }, 400, 'entryId'],
      [
        s.dsl.cookie,
        `/api/files/not-an-id/entries/${s.entryId}/significant`,
        { significant: true },
        400,
        'pupilId',
      ],
    ]);
    // The same entry, through its own file, is marked.
    const own = `/api/files/${s.other}/entries/${s.otherEntryId}/significant`;
    expect((await post(s.dsl.cookie, own, { significant: true })).statusCode).toBe(204);
  });

  test('withdrawing access: another school’s DSL, the colleague given it and a teacher hear "not found"', async () => {
    const s = await setting();
    const url = `/api/files/${s.pupilId}/grants/${s.grantId}/revoke`;
    await refusedAll([
      [s.elsewhere.dsl.cookie, url, undefined, 404],
      [s.assistant.cookie, url, undefined, 404],
      [s.teacher.cookie, url, undefined, 404],
    ]);
    // Access still works.
    const file = await h().request({
      method: 'GET',
      url: `/api/files/${s.pupilId}`,
      cookie: s.assistant.cookie,
    });
    expect(file.statusCode).toBe(200);
  });

  test('withdrawing access: another child’s grant, an unknown one and a bad id are refused; a grant is withdrawn once', async () => {
    const s = await setting();
    const base = `/api/files/${s.pupilId}/grants`;
    await refusedAll([
      [s.dsl.cookie, `${base}/${s.otherGrantId}/revoke`, undefined, 404],
      [s.dsl.cookie, `${base}/${randomUUID()}/revoke`, undefined, 404],
      [s.dsl.cookie, `${base}/not-an-id/revoke`, undefined, 400, 'grantId'],
      [s.dsl.cookie, `/api/files/not-an-id/grants/${s.grantId}/revoke`, undefined, 400, 'pupilId'],
    ]);

    expect((await post(s.dsl.cookie, `${base}/${s.grantId}/revoke`)).statusCode).toBe(204);
    const revokedAt = (await grantRows()).find((g) => g.id === s.grantId)?.revoked_at;
    expect(revokedAt).toBe(h().clock.now().toISOString());
    h().clock.advance(60_000);
    // Already withdrawn: "not found", and the time it was withdrawn stays the first.
    await refusedAll([[s.dsl.cookie, `${base}/${s.grantId}/revoke`, undefined, 404]]);
    expect((await grantRows()).find((g) => g.id === s.grantId)?.revoked_at).toBe(revokedAt);
    // The other child's grant was never touched.
    expect((await grantRows()).find((g) => g.id === s.otherGrantId)?.revoked_at).toBeNull();
  });
});
