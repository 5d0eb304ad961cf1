import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { PASSWORD, sessionCookie } from '../support/haven.ts';

describeEachEngine('session rotation', (h) => {
  test('signing in again replaces the session the browser already had', async () => {
    const school = await h().createSchool();
    const { user, cookie: first } = await h().as(school, ['staff']);
    const again = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      cookie: first,
      payload: { email: user.email, password: PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    const second = sessionCookie(again);
    expect(second).not.toBe(first);
    expect((await h().request({ method: 'GET', url: '/api/me', cookie: first })).statusCode).toBe(
      401,
    );
    expect((await h().request({ method: 'GET', url: '/api/me', cookie: second })).statusCode).toBe(
      200,
    );
  });

  test('finishing MFA replaces the half-signed-in session', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['dsl']);
    h().clock.advance(31_000);
    const pw = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: PASSWORD },
    });
    const half = sessionCookie(pw);
    const mfa = await h().request({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      cookie: half,
      payload: { code: h().totp(user.mfaSecret as string) },
    });
    const full = sessionCookie(mfa);
    expect(full).not.toBe(half);
    expect((await h().request({ method: 'GET', url: '/api/me', cookie: half })).statusCode).toBe(
      401,
    );
    expect(
      (await h().request({ method: 'GET', url: '/api/pupils', cookie: full })).statusCode,
    ).toBe(200);
  });
});
