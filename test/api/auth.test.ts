import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { PASSWORD, sessionCookie } from '../support/haven.ts';
import { auditRows, dataOf, expectError } from './helpers.ts';

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const SAME_FOR_EVERY_FAILURE = {
  error: {
    code: 'INVALID_CREDENTIALS',
    message: 'Email or password is wrong, or the account is locked',
  },
};

describeEachEngine('signing in with a password', (h) => {
  // Each test signs in from its own addresses, so the per-address throttle of one test never
  // spills into another (the suite shares one database).
  let n = 0;
  const nextIp = () => `10.20.${Math.floor(n / 200)}.${(n++ % 200) + 1}`;
  const signInFrom = (email: string, password: string, remoteAddress = nextIp()) =>
    h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password },
      remoteAddress,
    });

  test('the right password, then the authenticator code, signs a person in', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['dsl']);
    h().clock.advance(31_000);
    const res = await signInFrom(user.email, PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    expect(dataOf(res)).toEqual({ stage: 'mfa' });

    const mfa = await h().request({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      cookie: sessionCookie(res),
      payload: { code: h().totp(user.mfaSecret as string) },
    });
    expect(mfa.statusCode, mfa.body).toBe(200);
    expect(dataOf(mfa)).toEqual({ stage: 'signed_in' });

    const me = await h().request({ method: 'GET', url: '/api/me', cookie: sessionCookie(mfa) });
    expect(me.json().data).toMatchObject({ stage: 'signed_in', user: { id: user.id } });
  });

  test('the email address is matched ignoring capitals and spaces around it', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['staff'], { mfa: false });
    const res = await signInFrom(`  ${user.email.toUpperCase()} `, PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    expect(dataOf(res)).toEqual({ stage: 'signed_in' });
  });

  test('an empty password is refused naming the field', async () => {
    expectError(await signInFrom('someone@example.org', ''), 400, 'VALIDATION', 'password');
  });

  test('unknown email, wrong password, locked and disabled accounts all get the same 401', async () => {
    const school = await h().createSchool();
    const known = await h().createUser(school, ['staff'], { mfa: false });
    const locked = await h().createUser(school, ['staff'], { mfa: false });
    const disabled = await h().createUser(school, ['staff'], { mfa: false });
    const now = h().clock.now();
    await h().rt.store.transaction(async (r) => {
      await r.auth.recordFailure(locked.id, new Date(now.getTime() + 60 * 60 * 1000));
      await r.staff.update(school, disabled.id, { disabled: true }, now);
    });

    const attempts = [
      await signInFrom(`nobody.${known.id.slice(-8)}@example.org`, PASSWORD),
      await signInFrom(known.email, 'not the right password at all'),
      await signInFrom(locked.email, PASSWORD),
      await signInFrom(disabled.email, PASSWORD),
    ];
    for (const res of attempts) {
      expect(res.statusCode, res.body).toBe(401);
      expect(res.json()).toEqual(SAME_FOR_EVERY_FAILURE);
      expect(res.cookies.find((c) => c.name === 'haven_session')).toBeUndefined();
    }
  });

  test('after five failures for one email even the right password gets 429, until 15 minutes pass', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['staff'], { mfa: false });
    for (let i = 0; i < 5; i++) {
      expect((await signInFrom(user.email, `wrong guess ${i}`)).statusCode).toBe(401);
    }
    const throttled = await signInFrom(user.email, PASSWORD);
    expectError(throttled, 429, 'RATE_LIMITED');
    expect(throttled.cookies).toHaveLength(0);

    h().clock.advance(FIFTEEN_MINUTES);
    const later = await signInFrom(user.email, PASSWORD);
    expect(later.statusCode, later.body).toBe(200);
  });

  test('one address trying many emails is throttled, other addresses are not', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['staff'], { mfa: false });
    const attacker = nextIp();
    for (let i = 0; i < 50; i++) {
      const res = await signInFrom(`guess${i}.${user.id.slice(-6)}@example.org`, 'x', attacker);
      expect(res.statusCode).toBe(401);
    }
    expectError(await signInFrom(user.email, PASSWORD, attacker), 429, 'RATE_LIMITED');
    expect((await signInFrom(user.email, PASSWORD)).statusCode).toBe(200);
    h().clock.advance(FIFTEEN_MINUTES);
  });

  test('ten failures in a row lock the account; the right password is refused until the lock ends', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['staff'], { mfa: false });
    for (let batch = 0; batch < 2; batch++) {
      for (let i = 0; i < 5; i++) {
        expect((await signInFrom(user.email, `wrong ${batch}.${i}`)).statusCode).toBe(401);
      }
      h().clock.advance(FIFTEEN_MINUTES); // past the per-email throttle
    }

    const refused = await signInFrom(user.email, PASSWORD);
    expect(refused.statusCode, refused.body).toBe(401);
    expect(refused.json()).toEqual(SAME_FOR_EVERY_FAILURE);
    const reasons = (await auditRows(h(), school, 'auth.sign_in_failed')).map(
      (e) => e.details.reason,
    );
    expect(reasons.filter((r) => r === 'password')).toHaveLength(10);
    expect(reasons.at(-1)).toBe('locked');

    h().clock.advance(60 * 60 * 1000); // the lock lasts an hour
    expect((await signInFrom(user.email, PASSWORD)).statusCode).toBe(200);
  });

  test('a successful sign-in resets the count of failures', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['staff'], { mfa: false });
    for (let i = 0; i < 5; i++) await signInFrom(user.email, `wrong ${i}`);
    h().clock.advance(FIFTEEN_MINUTES);
    for (let i = 0; i < 4; i++) await signInFrom(user.email, `wrong again ${i}`);
    expect((await signInFrom(user.email, PASSWORD)).statusCode).toBe(200);
    h().clock.advance(FIFTEEN_MINUTES);
    // Without the reset, this would be the tenth failure and lock the account.
    expect((await signInFrom(user.email, 'one more mistake')).statusCode).toBe(401);
    expect((await signInFrom(user.email, PASSWORD)).statusCode).toBe(200);
    h().clock.advance(FIFTEEN_MINUTES);
  });

  test('sign-in, failed sign-in and sign-out are audited, without the typed email', async () => {
    const school = await h().createSchool();
    const user = await h().createUser(school, ['dsl']);
    await signInFrom(user.email, 'a wrong password');
    const cookie = await h().signIn(user);
    const out = await h().request({ method: 'POST', url: '/api/auth/sign-out', cookie });
    expect(out.statusCode).toBe(204);

    const types = await h().auditTypes(school);
    expect(types).toEqual(
      expect.arrayContaining(['auth.sign_in_failed', 'auth.sign_in', 'auth.sign_out']),
    );
    const rows = await auditRows(h(), school);
    for (const type of ['auth.sign_in', 'auth.sign_out']) {
      expect(rows.find((r) => r.type === type)?.actorId, type).toBe(user.id);
    }
    const failed = rows.find((r) => r.type === 'auth.sign_in_failed');
    expect(failed?.subjectId).toBe(user.id);
    expect(failed?.text).not.toContain(user.email);
    expect(failed?.text).not.toContain('a wrong password');
  });
});
