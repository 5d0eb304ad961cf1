import { expect, test } from 'vitest';
import type { Role } from '../../src/core/access/roles.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { auditRows, countRows, dataOf, expectError, unknownId } from './helpers.ts';
import { newStaff, type Staff } from './helpers.ts';

/** Every staff route, aimed at one staff member. */
const routes = (id: string) =>
  [
    { method: 'GET', url: '/api/staff' },
    { method: 'POST', url: '/api/staff', payload: newStaff() },
    { method: 'GET', url: `/api/staff/${id}` },
    { method: 'PATCH', url: `/api/staff/${id}`, payload: { jobTitle: 'Changed' } },
    { method: 'POST', url: `/api/staff/${id}/reset-mfa` },
    { method: 'POST', url: `/api/staff/${id}/invite` },
  ] as const;

describeEachEngine('staff accounts', (h) => {
  const call = (r: ReturnType<typeof routes>[number], cookie?: string) =>
    h().request({
      method: r.method,
      url: r.url,
      cookie,
      payload: 'payload' in r ? r.payload : undefined,
    });

  async function schoolWithAdmin() {
    const school = await h().createSchool();
    const admin = await h().as(school, ['school_admin']);
    return { school, admin };
  }

  test('every staff route needs a session', async () => {
    for (const r of routes(unknownId())) expectError(await call(r), 401, 'UNAUTHENTICATED');
  });

  for (const role of ['staff', 'governor', 'volunteer', 'visitor'] as Role[]) {
    test(`a ${role} cannot use any staff route, and each refusal is audited`, async () => {
      const { school } = await schoolWithAdmin();
      const target = await h().createUser(school, ['staff']);
      const { user, cookie } = await h().as(school, [role]);
      const before = await countRows(h(), 'staff', school);
      for (const r of routes(target.id)) {
        expectError(await call(r, cookie), 403, 'FORBIDDEN');
      }
      expect(await countRows(h(), 'staff', school)).toBe(before);
      const denied = await auditRows(h(), school, 'access.denied');
      expect(denied.filter((e) => e.actorId === user.id)).toHaveLength(6);
    });
  }

  test('a DSL can list and read staff but not create, edit, reset MFA or send invites', async () => {
    const { school, admin } = await schoolWithAdmin();
    const { cookie } = await h().as(school, ['dsl']);
    const [list, create, read, edit, reset, invite] = routes(admin.user.id);
    expect((await call(list, cookie)).statusCode).toBe(200);
    expect((await call(read, cookie)).statusCode).toBe(200);
    for (const r of [create, edit, reset, invite]) {
      expectError(await call(r, cookie), 403, 'FORBIDDEN');
    }
  });

  test('a headteacher can do everything the administrator can with staff accounts', async () => {
    const { school } = await schoolWithAdmin();
    const target = await h().createUser(school, ['staff']);
    const { cookie } = await h().as(school, ['headteacher']);
    for (const r of routes(target.id)) {
      const res = await call(r, cookie);
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBeLessThan(300);
    }
  });

  test('another school’s staff member is “not found” and left unchanged', async () => {
    const { admin } = await schoolWithAdmin();
    const otherSchool = await h().createSchool('Other School');
    const other = await h().createUser(otherSchool, ['dsl'], { name: 'Olive Other' });
    for (const id of [other.id, unknownId()]) {
      for (const r of routes(id).filter((x) => x.url.includes(id))) {
        expectError(await call(r, admin.cookie), 404, 'NOT_FOUND');
      }
      const disable = await h().request({
        method: 'PATCH',
        url: `/api/staff/${id}`,
        cookie: admin.cookie,
        payload: { disabled: true, fullName: 'Taken Over', roles: ['visitor'] },
      });
      expectError(disable, 404, 'NOT_FOUND');
    }
    const after = await h().rt.store.transaction((r) => r.staff.get(otherSchool, other.id));
    expect(after).toMatchObject({ fullName: 'Olive Other', disabled: false, roles: ['dsl'] });
    expect(after?.mfaEnrolled).toBe(true);
    const list = dataOf<Staff[]>(await call(routes(other.id)[0], admin.cookie));
    expect(list.map((s) => s.id)).not.toContain(other.id);
    expect(await h().auditTypes(otherSchool)).toEqual([]);
  });

  test('bad details are refused naming the field, and nothing is half-written', async () => {
    const { school, admin } = await schoolWithAdmin();
    const id = admin.user.id;
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/staff', newStaff({ email: 'not-an-email' }), 'email'],
      ['POST', '/api/staff', newStaff({ roles: [] }), 'roles'],
      ['POST', '/api/staff', newStaff({ roles: ['wizard'] }), 'roles.0'],
      ['POST', '/api/staff', newStaff({ fullName: '' }), 'fullName'],
      ['POST', '/api/staff', newStaff({ fullName: '   ' }), 'fullName'],
      ['PATCH', '/api/staff/not-a-uuid', { jobTitle: 'x' }, 'id'],
      ['PATCH', `/api/staff/${id}`, { email: 'nope@' }, 'email'],
      ['PATCH', `/api/staff/${id}`, { roles: [] }, 'roles'],
      ['PATCH', `/api/staff/${id}`, { disabled: 'yes' }, 'disabled'],
      ['GET', '/api/staff/12345', undefined, 'id'],
      ['GET', '/api/staff?includeDisabled=maybe', undefined, 'includeDisabled'],
    ];
    const staffBefore = await countRows(h(), 'staff', school);
    const tokensBefore = await countRows(h(), 'one_time_tokens', school);
    for (const [method, url, payload, field] of cases) {
      const res = await h().request({
        method: method as 'GET',
        url,
        cookie: admin.cookie,
        payload: payload as Record<string, unknown> | undefined,
      });
      expectError(res, 400, 'VALIDATION', field);
    }
    expect(await countRows(h(), 'staff', school)).toBe(staffBefore);
    expect(await countRows(h(), 'one_time_tokens', school)).toBe(tokensBefore);
    const me = dataOf<Staff>(await call(routes(id)[2], admin.cookie));
    expect(me).toMatchObject({ email: admin.user.email, roles: ['school_admin'] });
  });

  test('an email address already in use is a conflict', async () => {
    const { school, admin } = await schoolWithAdmin();
    const existing = await h().createUser(school, ['staff']);
    const before = await countRows(h(), 'staff', school);
    const post = (email: string) =>
      h().request({
        method: 'POST',
        url: '/api/staff',
        cookie: admin.cookie,
        payload: newStaff({ email }),
      });
    expectError(await post(existing.email), 409, 'CONFLICT', 'email');
    expectError(await post(existing.email.toUpperCase()), 409, 'CONFLICT', 'email');
    const patch = await h().request({
      method: 'PATCH',
      url: `/api/staff/${admin.user.id}`,
      cookie: admin.cookie,
      payload: { email: existing.email },
    });
    expectError(patch, 409, 'CONFLICT', 'email');
    expect(await countRows(h(), 'staff', school)).toBe(before);
  });

  // Known bug on PostgreSQL: both requests pass the email check, and the unique index then turns
  // the loser into a 500 instead of a 409.
  test('creating the same account twice at once (a double click) gives one 201 and 409s, never a 5xx', async () => {
    for (let round = 0; round < 3; round++) {
      const { school, admin } = await schoolWithAdmin();
      const input = newStaff();
      const results = await Promise.all(
        [1, 2, 3, 4].map(() =>
          h().request({
            method: 'POST',
            url: '/api/staff',
            cookie: admin.cookie,
            payload: input,
          }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
      expect(await countRows(h(), 'staff', school)).toBe(2);
    }
  });
});
