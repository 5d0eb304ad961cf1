import { generateSync } from 'otplib';
import { expect, test } from 'vitest';
import type { Role } from '../../src/core/access/roles.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { PASSWORD, sessionCookie, type TestUser } from '../support/haven.ts';
import { dataOf, expectError } from './helpers.ts';

const MFA_MANDATORY: Role[] = [
  'dsl',
  'deputy_dsl',
  'headteacher',
  'deputy_head',
  'chair_of_governors',
  'school_admin',
];

/** A code that is not the current one (one digit changed). */
const wrongCode = (right: string) => right.replace(/^\d/, (d) => String((Number(d) + 5) % 10));

describeEachEngine('two-step verification', (h) => {
  const post = (url: string, cookie: string, payload?: unknown) =>
    h().request({ method: 'POST', url, cookie, payload: payload as Record<string, unknown> });

  /** The password step, without the code: returns the half-signed-in cookie and stage. */
  async function passwordStep(user: TestUser): Promise<{ cookie: string; stage: string }> {
    h().clock.advance(31_000);
    const res = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    return { cookie: sessionCookie(res), stage: dataOf<{ stage: string }>(res).stage };
  }

  /** Enrols through the API; returns the new secret, the recovery codes and the full session. */
  async function enrol(user: TestUser) {
    const { cookie } = await passwordStep(user);
    const start = await post('/api/auth/mfa/enrol/start', cookie);
    const { secret } = dataOf<{ secret: string }>(start);
    const code = generateSync({ secret, epoch: Math.floor(h().clock.now().getTime() / 1000) });
    const confirm = await post('/api/auth/mfa/enrol/confirm', cookie, { code });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const { recoveryCodes } = dataOf<{ recoveryCodes: string[] }>(confirm);
    return { secret, recoveryCodes, cookie: sessionCookie(confirm) };
  }

  for (const role of MFA_MANDATORY) {
    test(`a ${role} without MFA must set it up before anything else works`, async () => {
      const school = await h().createSchool();
      const user = await h().createUser(school, [role], { mfa: false });
      const { cookie, stage } = await passwordStep(user);
      expect(stage).toBe('mfa_enrol');
      for (const url of ['/api/pupils', '/api/school', '/api/staff', '/api/audit']) {
        expectError(await h().request({ method: 'GET', url, cookie }), 401, 'MFA_REQUIRED');
      }
      const me = await h().request({ method: 'GET', url: '/api/me', cookie });
      expect(me.json()).toMatchObject({
        data: { stage: 'mfa_enrol', mfaRequired: true, user: { mfaEnrolled: false } },
        allowedActions: [],
      });
    });
  }

  test('a teacher without MFA is signed in straight after the password', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['staff'], { mfa: false });
    const { cookie, stage } = await passwordStep(user);
    expect(stage).toBe('signed_in');
    expect((await h().request({ method: 'GET', url: '/api/pupils', cookie })).statusCode).toBe(200);
    const me = await h().request({ method: 'GET', url: '/api/me', cookie });
    expect(me.json().data).toMatchObject({ stage: 'signed_in', mfaRequired: false });
  });

  test('setting up an authenticator: a wrong code is refused, the right one gives ten recovery codes', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['dsl'], { mfa: false });
    const { cookie } = await passwordStep(user);

    const start = await post('/api/auth/mfa/enrol/start', cookie);
    expect(start.statusCode, start.body).toBe(200);
    const { secret, otpauthUri, qrSvg } = dataOf<{
      secret: string;
      otpauthUri: string;
      qrSvg: string;
    }>(start);
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(otpauthUri).toContain('issuer=Haven');
    expect(qrSvg).toContain('<svg');

    const right = generateSync({ secret, epoch: Math.floor(h().clock.now().getTime() / 1000) });
    expectError(
      await post('/api/auth/mfa/enrol/confirm', cookie, { code: wrongCode(right) }),
      400,
      'VALIDATION',
      'code',
    );
    const confirm = await post('/api/auth/mfa/enrol/confirm', cookie, { code: right });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const { stage, recoveryCodes } = dataOf<{ stage: string; recoveryCodes: string[] }>(confirm);
    expect(stage).toBe('signed_in');
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);

    const full = sessionCookie(confirm);
    expect(full).not.toBe(cookie);
    expectError(
      await h().request({ method: 'GET', url: '/api/me', cookie }),
      401,
      'UNAUTHENTICATED',
    );
    const me = await h().request({ method: 'GET', url: '/api/me', cookie: full });
    expect(me.json().data).toMatchObject({ stage: 'signed_in', user: { mfaEnrolled: true } });
    expect(await h().auditTypes(school)).toContain('auth.mfa_enrolled');

    expect((await passwordStep(user)).stage).toBe('mfa');
  });

  test('someone already set up cannot start setting up again over their signed-in session', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    expectError(await post('/api/auth/mfa/enrol/start', cookie), 409, 'CONFLICT');
  });

  test('a recovery code works once in place of the authenticator code', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['dsl'], { mfa: false });
    const { recoveryCodes } = await enrol(user);
    const [first, second] = recoveryCodes as [string, string];

    let step = await passwordStep(user);
    const used = await post('/api/auth/mfa/verify', step.cookie, { code: first.toUpperCase() });
    expect(used.statusCode, used.body).toBe(200);
    expect(dataOf(used)).toEqual({ stage: 'signed_in' });

    step = await passwordStep(user);
    expectError(
      await post('/api/auth/mfa/verify', step.cookie, { code: first }),
      400,
      'VALIDATION',
      'code',
    );
    const next = await post('/api/auth/mfa/verify', step.cookie, { code: second });
    expect(next.statusCode, next.body).toBe(200);
  });

  test('the same authenticator code cannot be used twice', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['dsl']);
    const first = await passwordStep(user);
    const code = h().totp(user.mfaSecret as string);
    expect((await post('/api/auth/mfa/verify', first.cookie, { code })).statusCode).toBe(200);

    const again = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: PASSWORD },
    });
    const replay = await post('/api/auth/mfa/verify', sessionCookie(again), { code });
    expectError(replay, 400, 'VALIDATION', 'code');

    h().clock.advance(30_000);
    const fresh = h().totp(user.mfaSecret as string);
    const ok = await post('/api/auth/mfa/verify', sessionCookie(again), { code: fresh });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  test('after five wrong codes even the right code is refused for a while', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['headteacher']);
    const { cookie } = await passwordStep(user);
    const right = h().totp(user.mfaSecret as string);
    for (let i = 0; i < 5; i++) {
      expectError(
        await post('/api/auth/mfa/verify', cookie, { code: wrongCode(right) }),
        400,
        'VALIDATION',
      );
    }
    expectError(await post('/api/auth/mfa/verify', cookie, { code: right }), 429, 'RATE_LIMITED');
    expect(await h().auditTypes(school)).toContain('auth.mfa_failed');
    h().clock.advance(15 * 60 * 1000);
  });
});
