import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, makePupil, schoolWithPeople } from './support.ts';

const REASON = 'Class teacher: needs to know for the safety plan';

describeEachEngine('files shared with me', (h) => {
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const post = (cookie: string, url: string, payload?: object) =>
    h().request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });
  const inDays = (days: number) =>
    new Date(h().clock.now().getTime() + days * 86_400_000).toISOString();
  const shared = async (cookie: string) => {
    const res = await get(cookie, '/api/files/shared-with-me');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ data: Record<string, unknown>[] }>().data;
  };
  const grant = async (cookie: string, pupilId: string, body: object) => {
    const res = await post(cookie, `/api/files/${pupilId}/grants`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ data: { id: string } }>().data.id;
  };
  const notificationsOf = async (cookie: string) =>
    (await get(cookie, '/api/notifications')).json<{
      data: { kind: string; concernId: string | null; caseId?: string | null }[];
    }>().data;
  const mailTo = async (email: string) =>
    (await h().rt.conn.db.selectFrom('outbox').select(['payload']).execute())
      .map((r) => JSON.parse(r.payload) as { to: string; subject: string; text: string })
      .filter((m) => m.to === email);

  test('[D24] the colleague given access is told in Haven and by an email that names nothing', async () => {
    const { dsl, teacher, pupilId } = await schoolWithPeople(h());
    const expiresAt = inDays(7);
    await grant(dsl.cookie, pupilId, { granteeId: teacher.user.id, reason: REASON, expiresAt });

    const alerts = await notificationsOf(teacher.cookie);
    expect(alerts).toEqual([
      expect.objectContaining({ kind: 'file_shared', concernId: null, readAt: null }),
    ]);
    expect(JSON.stringify(alerts)).not.toContain(pupilId);
    // Only the colleague given access is told.
    expect((await notificationsOf(dsl.cookie)).map((n) => n.kind)).not.toContain('file_shared');

    const mail = await mailTo(teacher.user.email);
    expect(mail).toHaveLength(1);
    const [email] = mail;
    expect(email?.subject).toBe('You have been given access to a child protection file');
    expect(email?.text).toContain('http://localhost:3000/files/shared\n');
    for (const secret of ['Amelia', 'Millie', 'Fictional', 'safety plan', pupilId]) {
      expect(`${email?.subject} ${email?.text}`).not.toContain(secret);
    }
  });

  test('[D24] the list shows each live grant with the child, why, who gave it and until when; reading it is audited', async () => {
    const { schoolId, dsl, teacher, pupilId } = await schoolWithPeople(h());
    const expiresAt = inDays(7);
    const id = await grant(dsl.cookie, pupilId, {
      granteeId: teacher.user.id,
      reason: REASON,
      expiresAt,
    });

    expect(await shared(teacher.cookie)).toEqual([
      {
        grantId: id,
        pupil: { id: pupilId, displayName: 'Millie Fictional' },
        reason: REASON,
        grantedBy: { id: dsl.user.id, fullName: 'Dana Lead' },
        grantedAt: h().clock.now().toISOString(),
        expiresAt,
      },
    ]);
    // Each row leads to a file the colleague can open.
    expect((await get(teacher.cookie, `/api/files/${pupilId}`)).statusCode).toBe(200);

    const listed = await h()
      .rt.conn.db.selectFrom('audit_events')
      .select(['actor_id', 'subject_id', 'details'])
      .where('school_id', '=', schoolId)
      .where('type', '=', 'grant.listed')
      .execute();
    expect(listed).toHaveLength(1);
    expect(listed[0]?.actor_id).toBe(teacher.user.id);
    expect(listed[0]?.subject_id).toBeNull();
    expect(JSON.parse(String(listed[0]?.details))).toEqual({ count: 1 });
    // The reason is sealed with the child's key: the audit trail never holds it.
    expect(JSON.stringify(listed)).not.toContain('safety plan');
  });

  test('a colleague with no grants gets an empty list, not a refusal, and the session never offers file.read', async () => {
    const { teacher, dsl, pupilId, category } = await schoolWithPeople(h());
    expect(await shared(teacher.cookie)).toEqual([]);
    // The pupil page shows its file link from these actions: by role only, never by a grant.
    const actionsOf = async (cookie: string) =>
      (await get(cookie, '/api/me')).json<{ allowedActions: string[] }>().allowedActions;
    expect(await actionsOf(teacher.cookie)).not.toContain('file.read');
    expect(await actionsOf(dsl.cookie)).toContain('file.read');
    await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category));
    await grant(dsl.cookie, pupilId, {
      granteeId: teacher.user.id,
      reason: REASON,
      expiresAt: inDays(1),
    });
    expect(await actionsOf(teacher.cookie)).not.toContain('file.read');
    expect((await get(dsl.cookie, '/api/files/shared-with-me')).statusCode).toBe(200);
    expect(
      (await h().request({ method: 'GET', url: '/api/files/shared-with-me' })).statusCode,
    ).toBe(401);
  });

  test('a grant leaves the list when it is revoked or expires, and the file answers "not found" again', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const second = await makePupil(h(), dsl.cookie, {
      legalFirstName: 'Otto',
      preferredName: null,
    });
    await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category));
    const revoked = await grant(dsl.cookie, pupilId, {
      granteeId: teacher.user.id,
      reason: 'Until the meeting',
      expiresAt: inDays(7),
    });
    await grant(dsl.cookie, second, {
      granteeId: teacher.user.id,
      reason: 'Meeting this morning',
      expiresAt: new Date(h().clock.now().getTime() + 20 * 60_000).toISOString(),
    });
    expect((await shared(teacher.cookie)).map((g) => g.grantId)).toContain(revoked);
    expect(await shared(teacher.cookie)).toHaveLength(2);

    expect(
      (await post(dsl.cookie, `/api/files/${pupilId}/grants/${revoked}/revoke`)).statusCode,
    ).toBe(204);
    const left = await shared(teacher.cookie);
    expect(left.map((g) => (g.pupil as { id: string }).id)).toEqual([second]);
    expect((await get(teacher.cookie, `/api/files/${pupilId}`)).statusCode).toBe(404);

    h().clock.advance(21 * 60_000);
    expect(await shared(teacher.cookie)).toEqual([]);
    expect((await get(teacher.cookie, `/api/files/${second}`)).statusCode).toBe(404);
  });

  test('another school’s grants never appear', async () => {
    const here = await schoolWithPeople(h());
    const there = await schoolWithPeople(h());
    await grant(there.dsl.cookie, there.pupilId, {
      granteeId: there.teacher.user.id,
      reason: 'Their school’s reason',
      expiresAt: inDays(7),
    });
    // Granting across schools is refused, so nothing can be shared with this school's teacher.
    const across = await post(there.dsl.cookie, `/api/files/${there.pupilId}/grants`, {
      granteeId: here.teacher.user.id,
      reason: 'x',
      expiresAt: inDays(7),
    });
    expect(across.statusCode).toBe(400);
    expect(await shared(here.teacher.cookie)).toEqual([]);
    expect(await shared(here.dsl.cookie)).toEqual([]);
    expect(await notificationsOf(here.teacher.cookie)).toEqual([]);
    const theirs = await shared(there.teacher.cookie);
    expect(theirs.map((g) => (g.pupil as { id: string }).id)).toEqual([there.pupilId]);
  });
});
