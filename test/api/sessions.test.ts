import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { PASSWORD, sessionCookie, validPupil } from '../support/haven.ts';
import { auditRows, countRows, expectError } from './helpers.ts';

const MINUTE = 60 * 1000;

describeEachEngine('sessions', (h) => {
  const me = (cookie: string) => h().request({ method: 'GET', url: '/api/me', cookie });

  test('the session cookie is HttpOnly, SameSite=Strict, Path=/ and Secure on localhost', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['staff'], { mfa: false });
    const res = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === 'haven_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', secure: true });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(String(res.headers['set-cookie'])).not.toMatch(/Max-Age|Expires/i);
  });

  test('a new cookie is issued at sign-in and again after MFA, and the earlier ones stop working', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['dsl']);
    const earlier = await h().signIn(user);

    h().clock.advance(31_000);
    const password = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      cookie: earlier,
      payload: { email: user.email, password: PASSWORD },
    });
    const halfway = sessionCookie(password);
    expect(halfway).not.toBe(earlier);
    const mfa = await h().request({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      cookie: halfway,
      payload: { code: h().totp(user.mfaSecret as string) },
    });
    const full = sessionCookie(mfa);
    expect(full).not.toBe(halfway);
    expect(full).not.toBe(earlier);
    expectError(await me(halfway), 401, 'UNAUTHENTICATED');
    expect((await me(full)).statusCode).toBe(200);
  });

  test('a privileged session ends after 15 minutes without activity, saying why', async () => {
    const school = await h().createSchool();
    const { user, cookie } = await h().as(school, ['dsl']);
    expect((await me(cookie)).json().data.idleTimeoutSeconds).toBe(15 * 60);
    h().clock.advance(16 * MINUTE);
    const res = await me(cookie);
    expect(expectError(res, 401, 'UNAUTHENTICATED').message).toMatch(/inactivity/i);
    expectError(await me(cookie), 401, 'UNAUTHENTICATED');
    const ended = await auditRows(h(), school, 'auth.sign_out');
    expect(ended.at(-1)).toMatchObject({ actorId: user.id, details: { reason: 'idle' } });
  });

  test('activity every 10 minutes keeps a privileged session alive', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['school_admin']);
    for (let i = 0; i < 6; i++) {
      h().clock.advance(10 * MINUTE);
      expect((await me(cookie)).statusCode, `after ${(i + 1) * 10} minutes`).toBe(200);
    }
  });

  test('a teacher’s session idles out after 60 minutes, not 15', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['staff']);
    expect((await me(cookie)).json().data.idleTimeoutSeconds).toBe(60 * 60);
    h().clock.advance(50 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(200);
    h().clock.advance(61 * MINUTE);
    expect(expectError(await me(cookie), 401, 'UNAUTHENTICATED').message).toMatch(/inactivity/i);
  });

  test('a session ends 12 hours after sign-in, however active it is', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    const signedInAt = h().clock.now().getTime();
    const ends = signedInAt + 12 * 60 * MINUTE;
    while (h().clock.now().getTime() + 10 * MINUTE < ends) {
      h().clock.advance(10 * MINUTE);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    expect(h().clock.now().getTime() - signedInAt).toBeGreaterThan(11 * 60 * MINUTE);
    h().clock.advance(10 * MINUTE);
    expectError(await me(cookie), 401, 'UNAUTHENTICATED');
  });

  test('signing out ends the session at once and clears the cookie', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['staff']);
    const out = await h().request({ method: 'POST', url: '/api/auth/sign-out', cookie });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'haven_session');
    expect(cleared?.value).toBe('');
    expectError(await me(cookie), 401, 'UNAUTHENTICATED');
    expect(await h().auditTypes(school)).toContain('auth.sign_out');
  });

  test('disabling an account ends that person’s live session immediately', async () => {
    const school = await h().createSchool();
    const admin = await h().as(school, ['school_admin']);
    const teacher = await h().as(school, ['staff']);
    expect((await me(teacher.cookie)).statusCode).toBe(200);
    const disable = await h().request({
      method: 'PATCH',
      url: `/api/staff/${teacher.user.id}`,
      cookie: admin.cookie,
      payload: { disabled: true },
    });
    expect(disable.statusCode, disable.body).toBe(200);
    expectError(await me(teacher.cookie), 401, 'UNAUTHENTICATED');
    const again = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: teacher.user.email, password: PASSWORD },
    });
    expectError(again, 401, 'INVALID_CREDENTIALS');
  });

  test('a change sent without our Origin is refused and nothing is written', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    const before = await countRows(h(), 'pupils', school);
    const attempts = [
      { cookie: `haven_session=${cookie}` },
      { cookie: `haven_session=${cookie}`, origin: 'https://evil.example' },
      { cookie: `haven_session=${cookie}`, origin: 'null' },
      { cookie: `haven_session=${cookie}`, origin: 'http://localhost:3000.evil.example' },
    ];
    for (const headers of attempts) {
      const res = await h().app.inject({
        method: 'POST',
        url: '/api/pupils',
        headers,
        payload: validPupil({ upn: null }),
      });
      expectError(res, 403, 'FORBIDDEN');
    }
    expect(await countRows(h(), 'pupils', school)).toBe(before);
    const own = await h().request({
      method: 'POST',
      url: '/api/pupils',
      cookie,
      payload: validPupil({ upn: null }),
    });
    expect(own.statusCode, own.body).toBe(201);
  });

  test('signing in from another site is refused, so no one can be signed in unawares', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['staff'], { mfa: false });
    const res = await h().app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'https://evil.example' },
      payload: { email: user.email, password: PASSWORD },
    });
    expectError(res, 403, 'FORBIDDEN');
    expect(res.cookies).toHaveLength(0);
  });

  test('reading needs no Origin header', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    const res = await h().app.inject({
      method: 'GET',
      url: '/api/pupils',
      headers: { cookie: `haven_session=${cookie}` },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  test('security headers are sent on pages and on the API', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['staff']);
    for (const res of [await h().request({ method: 'GET', url: '/' }), await me(cookie)]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  test('API responses, including errors, are never cached', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['staff']);
    const responses = [
      await me(cookie),
      await h().request({ method: 'GET', url: '/api/pupils', cookie }),
      await h().request({ method: 'GET', url: '/api/me' }),
      await h().request({ method: 'GET', url: '/api/no-such-thing' }),
    ];
    for (const res of responses) expect(res.headers['cache-control']).toBe('no-store');
  });
});
