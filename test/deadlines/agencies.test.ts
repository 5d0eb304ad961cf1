import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { makePupil } from '../concerns/support.ts';

describeEachEngine('referral agencies a school configures', (h) => {
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    h().request({ method, url, cookie, ...(payload ? { payload } : {}) });

  test('a school adds its local service and hides one it never uses; referral forms follow', async () => {
    const schoolId = await h().createSchool();
    const dsl = await h().as(schoolId, ['dsl']);
    const added = await call(dsl.cookie, 'POST', '/api/agencies', {
      label: 'Essex Child and Family Wellbeing Service',
    });
    expect(added.statusCode).toBe(201);
    const code = added.json().data.code as string;
    expect(added.json().data).toMatchObject({ builtIn: false, active: true, required: false });
    expect(
      (await call(dsl.cookie, 'PATCH', '/api/agencies/camhs', { active: false })).json().data,
    ).toMatchObject({ code: 'camhs', active: false });

    const options = (await call(dsl.cookie, 'GET', '/api/referrals/options')).json().data.agencies;
    expect(options.map((a: { code: string }) => a.code)).toContain(code);
    expect(options.map((a: { code: string }) => a.code)).not.toContain('camhs');

    const pupilId = await makePupil(h(), dsl.cookie);
    const referral = {
      pupilId,
      concernId: null,
      agency: code,
      method: 'phone',
      reason: 'Family support needed.',
      madeAt: h().clock.now().toISOString(),
    };
    const made = await call(dsl.cookie, 'POST', '/api/referrals', referral);
    expect(made.statusCode).toBe(201);
    expect(made.json().data.agencyLabel).toBe('Essex Child and Family Wellbeing Service');
    const hidden = await call(dsl.cookie, 'POST', '/api/referrals', {
      ...referral,
      agency: 'camhs',
    });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().error.field).toBe('agency');
    expect(await h().auditTypes(schoolId)).toEqual(
      expect.arrayContaining(['agency.created', 'agency.updated']),
    );
  });

  test('statutory agencies stay; Haven’s names stay; names are unique; others are refused', async () => {
    const schoolId = await h().createSchool();
    const admin = await h().as(schoolId, ['school_admin']);
    const police = await call(admin.cookie, 'PATCH', '/api/agencies/police', { active: false });
    expect(police.statusCode).toBe(400);
    expect(police.json().error.field).toBe('active');
    const rename = await call(admin.cookie, 'PATCH', '/api/agencies/lado', { label: 'Our LADO' });
    expect(rename.json().error.field).toBe('label');
    await call(admin.cookie, 'POST', '/api/agencies', { label: 'Youth Service' });
    const twice = await call(admin.cookie, 'POST', '/api/agencies', { label: 'youth service' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.field).toBe('label');
    const empty = await call(admin.cookie, 'POST', '/api/agencies', { label: '  ' });
    expect(empty.json().error.field).toBe('label');
    expect(
      (await call(admin.cookie, 'PATCH', '/api/agencies/nope', { active: true })).statusCode,
    ).toBe(404);

    const teacher = await h().as(schoolId, ['staff']);
    expect((await call(teacher.cookie, 'GET', '/api/agencies')).statusCode).toBe(403);
    expect(
      (await call(teacher.cookie, 'POST', '/api/agencies', { label: 'Sneaky' })).statusCode,
    ).toBe(403);
    const other = await h().createSchool('Other');
    const otherDsl = await h().as(other, ['dsl']);
    const theirs = (await call(otherDsl.cookie, 'GET', '/api/agencies')).json().data;
    expect(theirs.map((a: { label: string }) => a.label)).not.toContain('Youth Service');
  });
});
