import { expect, test } from 'vitest';
import { ROLES, type Role } from '../../src/core/access/roles.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { auditRows, dataOf, expectError } from './helpers.ts';

interface Person {
  id: string;
  fullName: string;
}
interface School {
  id: string;
  name: string;
  urn: string | null;
  localAuthority: string | null;
  safeguardingRoles: Record<string, Person[]>;
  missingRoles: string[];
}

const REQUIRED = ['dsl', 'deputy_dsl', 'safeguarding_governor', 'deputy_safeguarding_governor'];

describeEachEngine('the school', (h) => {
  const read = async (cookie: string) => {
    const res = await h().request({ method: 'GET', url: '/api/school', cookie });
    expect(res.statusCode, res.body).toBe(200);
    return dataOf<School>(res);
  };
  const names = (s: School) =>
    Object.fromEntries(
      Object.entries(s.safeguardingRoles).map(([role, people]) => [
        role,
        people.map((p) => p.fullName),
      ]),
    );
  const edit = (cookie: string, payload: Record<string, unknown>) =>
    h().request({ method: 'PATCH', url: '/api/school', cookie, payload });

  test('[D01] the school knows who holds each safeguarding role', async () => {
    const school = await h().createSchool('Oakfield Primary');
    const admin = await h().as(school, ['school_admin']);
    const start = await read(admin.cookie);
    expect(start.missingRoles).toEqual(REQUIRED);
    expect(names(start)).toEqual({
      dsl: [],
      deputy_dsl: [],
      headteacher: [],
      safeguarding_governor: [],
      deputy_safeguarding_governor: [],
      chair_of_governors: [],
    });

    const add = (roles: Role[], name: string) => h().createUser(school, roles, { name });
    await add(['dsl', 'staff'], 'Dana Lead');
    expect((await read(admin.cookie)).missingRoles).toEqual(REQUIRED.slice(1));
    await add(['deputy_dsl'], 'Dev Deputy');
    await add(['deputy_dsl', 'headteacher'], 'Hana Head');
    expect((await read(admin.cookie)).missingRoles).toEqual(REQUIRED.slice(2));
    const governor = await add(['governor', 'safeguarding_governor'], 'Gil Governor');
    await add(['governor', 'deputy_safeguarding_governor'], 'Gwen Second');
    await add(['governor', 'chair_of_governors'], 'Cara Chair');
    await add(['staff'], 'Tim Teacher');

    const full = await read(admin.cookie);
    expect(full.missingRoles).toEqual([]);
    expect(names(full)).toEqual({
      dsl: ['Dana Lead'],
      deputy_dsl: ['Dev Deputy', 'Hana Head'],
      headteacher: ['Hana Head'],
      safeguarding_governor: ['Gil Governor'],
      deputy_safeguarding_governor: ['Gwen Second'],
      chair_of_governors: ['Cara Chair'],
    });
    expect(full.safeguardingRoles.safeguarding_governor).toEqual([
      { id: governor.id, fullName: 'Gil Governor' },
    ]);

    const disable = await h().request({
      method: 'PATCH',
      url: `/api/staff/${governor.id}`,
      cookie: admin.cookie,
      payload: { disabled: true },
    });
    expect(disable.statusCode, disable.body).toBe(200);
    const after = await read(admin.cookie);
    expect(after.missingRoles).toEqual(['safeguarding_governor']);
    expect(after.safeguardingRoles.safeguarding_governor).toEqual([]);
  });

  test('every role can read the school and its safeguarding roles', async () => {
    const school = await h().createSchool('Every Role School');
    await h().createUser(school, ['dsl'], { name: 'Dana Lead' });
    for (const role of ROLES) {
      const { cookie } = await h().as(school, [role]);
      const res = await h().request({ method: 'GET', url: '/api/school', cookie });
      expect(res.statusCode, `${role}: ${res.body}`).toBe(200);
      expect(dataOf<School>(res).name).toBe('Every Role School');
      expect(names(dataOf<School>(res)).dsl).toContain('Dana Lead');
      const canEdit = role === 'headteacher' || role === 'school_admin';
      expect(res.json().allowedActions.includes('school.update'), role).toBe(canEdit);
    }
  });

  test('an administrator or a headteacher can edit the school’s details', async () => {
    const school = await h().createSchool('Old Name');
    const admin = await h().as(school, ['school_admin']);
    const head = await h().as(school, ['headteacher']);
    const res = await edit(admin.cookie, { name: 'New Name', urn: '654321' });
    expect(res.statusCode, res.body).toBe(200);
    expect(dataOf<School>(res)).toMatchObject({ name: 'New Name', urn: '654321' });
    const byHead = await edit(head.cookie, { localAuthority: 'Exampleshire' });
    expect(byHead.statusCode, byHead.body).toBe(200);
    expect(await read(admin.cookie)).toMatchObject({
      name: 'New Name',
      urn: '654321',
      localAuthority: 'Exampleshire',
    });
    const updates = await auditRows(h(), school, 'school.updated');
    expect(updates.map((e) => [e.actorId, e.details.changed])).toEqual([
      [admin.user.id, ['name', 'urn']],
      [head.user.id, ['localAuthority']],
    ]);
  });

  test('a URN must be 6 digits, and the school name cannot be blank', async () => {
    const school = await h().createSchool('Checked School');
    const { cookie } = await h().as(school, ['school_admin']);
    for (const urn of ['12345', '1234567', '12345a']) {
      expectError(await edit(cookie, { urn }), 400, 'VALIDATION', 'urn');
    }
    expectError(await edit(cookie, { name: '  ' }), 400, 'VALIDATION', 'name');
    expect(await read(cookie)).toMatchObject({ name: 'Checked School', urn: null });
  });

  test('a DSL, a teacher or a governor cannot edit the school’s details', async () => {
    const school = await h().createSchool('Guarded School');
    for (const role of ['dsl', 'staff', 'chair_of_governors'] as Role[]) {
      const { user, cookie } = await h().as(school, [role]);
      expectError(await edit(cookie, { name: 'Taken Over' }), 403, 'FORBIDDEN');
      const denied = await auditRows(h(), school, 'access.denied');
      expect(denied.some((e) => e.actorId === user.id)).toBe(true);
    }
    const { cookie } = await h().as(school, ['staff']);
    expect((await read(cookie)).name).toBe('Guarded School');
  });

  test('another school’s details and people never appear', async () => {
    const mine = await h().createSchool('My School');
    const theirs = await h().createSchool('Their School');
    const { cookie } = await h().as(mine, ['dsl']);
    const stranger = await h().createUser(theirs, ['dsl', 'safeguarding_governor'], {
      name: 'Sid Stranger',
    });
    const theirAdmin = await h().as(theirs, ['school_admin']);
    await edit(theirAdmin.cookie, { urn: '999999' });

    const res = await h().request({ method: 'GET', url: '/api/school', cookie });
    expect(dataOf<School>(res)).toMatchObject({ id: mine, name: 'My School', urn: null });
    for (const secret of [theirs, 'Their School', stranger.id, 'Sid Stranger', '999999']) {
      expect(res.body).not.toContain(secret);
    }
    expect(dataOf<School>(res).missingRoles).toContain('safeguarding_governor');
  });
});
