import { expect, test } from 'vitest';
import type { Role } from '../../src/core/access/roles.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { validPupil } from '../support/haven.ts';
import { concernInput, schoolWithPeople } from '../concerns/support.ts';
import { dataOf, expectError } from './helpers.ts';

interface AuditEvent {
  seq: number;
  id: string;
  type: string;
  at: string;
  actorId: string;
  actorName: string;
  actorRoles: string[];
  ip: string | null;
  requestId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  summary: string;
  hash: string;
  schoolId?: string;
}
interface Page {
  events: AuditEvent[];
  nextBefore: number | null;
}

const DAY = 24 * 60 * 60 * 1000;

describeEachEngine('the audit log', (h) => {
  const list = async (cookie: string, query = '') => {
    const res = await h().request({ method: 'GET', url: `/api/audit${query}`, cookie });
    expect(res.statusCode, res.body).toBe(200);
    return dataOf<Page>(res);
  };
  const renameSchool = (cookie: string, name: string) =>
    h().request({ method: 'PATCH', url: '/api/school', cookie, payload: { name } });

  test('reading the audit log needs a session', async () => {
    expectError(await h().request({ method: 'GET', url: '/api/audit' }), 401, 'UNAUTHENTICATED');
  });

  test('only the DSL, the headteacher and the administrator can read the audit log', async () => {
    const school = await h().createSchool();
    for (const role of ['staff', 'governor', 'deputy_dsl', 'deputy_head'] as Role[]) {
      const { cookie } = await h().as(school, [role]);
      const res = await h().request({ method: 'GET', url: '/api/audit', cookie });
      expect(res.statusCode, role).toBe(403);
    }
    for (const role of ['dsl', 'headteacher', 'school_admin'] as Role[]) {
      const { cookie } = await h().as(school, [role]);
      const res = await h().request({ method: 'GET', url: '/api/audit', cookie });
      expect(res.statusCode, role).toBe(200);
      expect(res.json().allowedActions).toEqual(['audit.read']);
    }
    const { cookie } = await h().as(school, ['dsl']);
    const denied = await list(cookie, '?type=access.denied');
    expect(denied.events).toHaveLength(4);
  });

  test('a school’s audit log never shows another school’s events', async () => {
    const a = await h().createSchool('School A');
    const b = await h().createSchool('School B');
    const adminA = await h().as(a, ['school_admin']);
    const adminB = await h().as(b, ['school_admin'], { name: 'Bea Bravo' });
    await renameSchool(adminB.cookie, 'School B Renamed');
    await h().request({
      method: 'POST',
      url: '/api/pupils',
      cookie: adminB.cookie,
      payload: validPupil(),
    });
    await renameSchool(adminA.cookie, 'School A Renamed');

    const seen = await list(adminA.cookie, '?limit=200');
    expect(seen.events.length).toBeGreaterThan(0);
    const text = JSON.stringify(seen);
    for (const secret of [b, adminB.user.id, 'Bea Bravo', 'School B Renamed', 'Fictional']) {
      expect(text).not.toContain(secret);
    }
    for (const e of seen.events) expect(e.schoolId ?? a).toBe(a);
    const byType = await list(adminA.cookie, '?type=pupil.created');
    expect(byType.events).toEqual([]);
    const theirs = await list(adminB.cookie, '?type=pupil.created');
    expect(theirs.events).toHaveLength(1);
  });

  test('each event says what happened, when, who did it, from where, and carries its hash', async () => {
    const school = await h().createSchool();
    const { user, cookie } = await h().as(school, ['headteacher'], { name: 'Hana Head' });
    await renameSchool(cookie, 'Renamed School');
    const [event] = (await list(cookie, '?type=school.updated')).events;
    expect(event).toMatchObject({
      type: 'school.updated',
      actorId: user.id,
      actorName: 'Hana Head',
      actorRoles: ['headteacher'],
      ip: '127.0.0.1',
      subjectType: 'school',
      subjectId: school,
    });
    expect(event?.seq).toEqual(expect.any(Number));
    expect(event?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
    expect(event?.at).toBe(h().clock.now().toISOString());
    expect(event?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event?.summary).toEqual(expect.any(String));
    expect(event?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(event ?? {})).not.toContain('details');
    expect(Object.keys(event ?? {})).not.toContain('prevHash');
  });

  test('events can be filtered by type and by who did them', async () => {
    const school = await h().createSchool();
    const admin = await h().as(school, ['school_admin']);
    const head = await h().as(school, ['headteacher']);
    await renameSchool(admin.cookie, 'First');
    await renameSchool(head.cookie, 'Second');
    const updates = await list(admin.cookie, '?type=school.updated');
    expect(updates.events.map((e) => e.actorId)).toEqual([head.user.id, admin.user.id]);
    const byHead = await list(admin.cookie, `?actorId=${head.user.id}`);
    expect(new Set(byHead.events.map((e) => e.actorId))).toEqual(new Set([head.user.id]));
    expect(byHead.events.map((e) => e.type)).toContain('auth.sign_in');
  });

  test('a date-only “to” includes the whole of that day, and “from” leaves out earlier days', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['school_admin']);
    const days: string[] = [];
    for (const name of ['Day one', 'Day two', 'Day three']) {
      const cookie = await h().signIn(user);
      days.push(h().clock.now().toISOString().slice(0, 10));
      expect((await renameSchool(cookie, name)).statusCode).toBe(200);
      h().clock.advance(DAY);
    }
    const cookie = await h().signIn(user);
    const datesFor = async (query: string) =>
      (await list(cookie, `?type=school.updated${query}`)).events.map((e) => e.at.slice(0, 10));
    const [one, two, three] = days as [string, string, string];
    expect(await datesFor('')).toEqual([three, two, one]);
    expect(await datesFor(`&to=${one}`)).toEqual([one]);
    expect(await datesFor(`&from=${two}&to=${two}`)).toEqual([two]);
    expect(await datesFor(`&from=${two}`)).toEqual([three, two]);
    expect(await datesFor(`&to=${two}T00:00:00.000Z`)).toEqual([one]);
  });

  test('the log pages backwards with before and nextBefore, missing nothing', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    for (let i = 0; i < 6; i++) await h().request({ method: 'GET', url: '/api/pupils', cookie });
    const all = (await list(cookie, '?limit=200')).events.map((e) => e.seq);
    expect(all.length).toBeGreaterThanOrEqual(8);
    const paged: number[] = [];
    let before: number | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: Page = await list(cookie, `?limit=3${before ? `&before=${before}` : ''}`);
      expect(page.events.length).toBeLessThanOrEqual(3);
      paged.push(...page.events.map((e) => e.seq));
      before = page.nextBefore;
      if (before === null) break;
    }
    expect(paged).toEqual(all);
    expect([...all].sort((x, y) => y - x)).toEqual(all);
  });

  test('an unknown event type or a malformed filter is refused naming the field', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    const cases: [string, string][] = [
      ['?type=pupil.deleted', 'type'],
      ['?from=yesterday', 'from'],
      ['?to=2026-02-30', 'to'],
      ['?limit=0', 'limit'],
      ['?limit=1000', 'limit'],
      ['?before=-1', 'before'],
    ];
    for (const [query, field] of cases) {
      const res = await h().request({ method: 'GET', url: `/api/audit${query}`, cookie });
      expectError(res, 400, 'VALIDATION', field);
    }
  });

  test('[D24] leaders outside the DSL team cannot learn from the log which children have a file', async () => {
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const post = (cookie: string, url: string, payload: object) =>
      h().request({ method: 'POST', url, cookie, payload });
    expect(
      (await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category))).statusCode,
    ).toBe(201);
    await h().request({ method: 'GET', url: `/api/files/${pupilId}`, cookie: dsl.cookie });
    // Refused before the grant: the refusal names the child too.
    const refused = await h().request({
      method: 'GET',
      url: `/api/files/${pupilId}`,
      cookie: teacher.cookie,
    });
    expect(refused.statusCode).toBe(404);
    const grant = await post(dsl.cookie, `/api/files/${pupilId}/grants`, {
      granteeId: teacher.user.id,
      reason: 'Class teacher: needs to know for a support plan',
      expiresAt: new Date(h().clock.now().getTime() + 7 * DAY).toISOString(),
    });
    expect(grant.statusCode, grant.body).toBe(201);
    await h().request({ method: 'GET', url: `/api/files/${pupilId}`, cookie: teacher.cookie });

    const everything = await list(dsl.cookie, '?limit=200');
    const types = new Set(everything.events.map((e) => e.type));
    for (const t of ['concern.created', 'file.read', 'grant.created', 'access.denied'])
      expect(types).toContain(t);

    for (const role of ['headteacher', 'school_admin'] as Role[]) {
      const { cookie } = await h().as(schoolId, [role]);
      const seen = await list(cookie, '?limit=200');
      const leaked = seen.events.filter(
        (e) => /^(concern|file|grant|deadline)\./.test(e.type) || e.subjectId === pupilId,
      );
      expect(
        leaked.filter((e) => e.type !== 'pupil.created'),
        role,
      ).toEqual([]);
      // Sign-ins and changes to people are still theirs to see.
      expect(
        seen.events.some((e) => e.type === 'auth.sign_in'),
        role,
      ).toBe(true);
      // Asking by the child, or by the event type, finds nothing either.
      expect((await list(cookie, `?subjectId=${pupilId}&type=file.read`)).events, role).toEqual([]);
      expect((await list(cookie, '?type=grant.created')).events, role).toEqual([]);
    }
  });
});
