import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { issueSetupToken } from '../../src/core/auth/setup.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { ENGINES, engineAvailable } from '../support/engines.ts';
import { PASSWORD, sessionCookie, TestHaven } from '../support/haven.ts';
import { auditRows, countRows, dataOf, expectError, tokenOf } from './helpers.ts';

const NEW_PASSWORD = 'harbour lantern quietly';

for (const engine of ENGINES) {
  // Setup only works on an empty installation, so each test gets its own fresh database.
  describe.skipIf(!engineAvailable(engine))(`first-time setup [${engine}]`, () => {
    let h: TestHaven;
    beforeEach(async () => {
      h = await TestHaven.start(engine);
    });
    afterEach(async () => {
      await h?.stop();
    });

    const status = async () =>
      dataOf<{ needed: boolean }>(await h.request({ method: 'GET', url: '/api/setup/status' }))
        .needed;
    const setup = (token: string, overrides: Record<string, unknown> = {}) =>
      h.request({
        method: 'POST',
        url: '/api/setup',
        payload: {
          token,
          schoolName: 'Oakfield Primary',
          schoolUrn: '123456',
          localAuthority: 'Exampleshire',
          fullName: 'Dana Lead',
          email: 'dana.lead@oakfield.example',
          password: NEW_PASSWORD,
          ...overrides,
        },
      });
    const newToken = async () => (await issueSetupToken(h.rt.auth)) as string;

    test('the setup link creates the school and a DSL/administrator waiting to set up MFA', async () => {
      expect(await status()).toBe(true);
      const res = await setup(await newToken());
      expect(res.statusCode, res.body).toBe(201);
      expect(dataOf(res)).toEqual({ stage: 'mfa_enrol' });
      expect(await status()).toBe(false);

      const me = await h.request({ method: 'GET', url: '/api/me', cookie: sessionCookie(res) });
      expect(me.json().data).toMatchObject({
        stage: 'mfa_enrol',
        user: { fullName: 'Dana Lead', email: 'dana.lead@oakfield.example', mfaEnrolled: false },
        school: { name: 'Oakfield Primary' },
        mfaRequired: true,
      });
      expect([...me.json().data.user.roles].sort()).toEqual(['dsl', 'school_admin']);
      expect(await countRows(h, 'schools')).toBe(1);
      const school = me.json().data.school.id as string;
      expect(await h.auditTypes(school)).toEqual(['school.created', 'staff.created']);
      expect(await issueSetupToken(h.rt.auth)).toBeNull();
    });

    test('the setup link works only once, and any other link stops working too', async () => {
      const token = await newToken();
      const spare = await newToken();
      expect((await setup(token)).statusCode).toBe(201);
      expectError(await setup(spare, { email: 'spare@oakfield.example' }), 400, 'INVALID_TOKEN');
      const again = await setup(token, { email: 'someone.else@oakfield.example' });
      expectError(again, 400, 'INVALID_TOKEN', 'token');
      expect(again.cookies).toHaveLength(0);
      expect(await countRows(h, 'schools')).toBe(1);
      expect(await countRows(h, 'staff')).toBe(1);
    });

    test('an expired setup link is refused and nothing is written', async () => {
      const token = await newToken();
      h.clock.advance(25 * 60 * 60 * 1000);
      expectError(await setup(token), 400, 'INVALID_TOKEN', 'token');
      expect(await countRows(h, 'schools')).toBe(0);
      expect(await countRows(h, 'staff')).toBe(0);
      expect(await status()).toBe(true);
    });

    test('a wrong setup link is refused and nothing is written', async () => {
      const token = await newToken();
      expectError(await setup(`${token}x`), 400, 'INVALID_TOKEN', 'token');
      expectError(await setup('made-up'), 400, 'INVALID_TOKEN', 'token');
      expect(await countRows(h, 'schools')).toBe(0);
      expect(await countRows(h, 'staff')).toBe(0);
      expect((await setup(token)).statusCode).toBe(201);
    });

    test('bad details are refused naming the field, and the link still works afterwards', async () => {
      const token = await newToken();
      const cases: [Record<string, unknown>, string][] = [
        [{ schoolName: '' }, 'schoolName'],
        [{ schoolName: '   ' }, 'schoolName'],
        [{ fullName: '' }, 'fullName'],
        [{ email: 'dana-at-oakfield' }, 'email'],
        [{ password: 'too short' }, 'password'],
        [{ password: 'password1234' }, 'password'],
        [{ password: 'Oakfield Primary' }, 'password'],
        [{ schoolUrn: '12345' }, 'schoolUrn'],
        [{ schoolUrn: '12345a' }, 'schoolUrn'],
        [{ token: '' }, 'token'],
      ];
      for (const [overrides, field] of cases) {
        const res = await setup(token, overrides);
        expectError(res, 400, 'VALIDATION', field);
      }
      expect(await countRows(h, 'schools')).toBe(0);
      expect(await countRows(h, 'staff')).toBe(0);
      expect((await setup(token)).statusCode).toBe(201);
    });
  });
}

describeEachEngine('invite links', (h) => {
  async function invited(roles: string[] = ['staff']) {
    const school = await h().createSchool();
    const admin = await h().as(school, ['school_admin']);
    const email = `new.${Math.random().toString(36).slice(2, 10)}@example.org`;
    const res = await h().request({
      method: 'POST',
      url: '/api/staff',
      cookie: admin.cookie,
      payload: { fullName: 'Nia Newstarter', email, roles },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { staff, inviteLink } = dataOf<{ staff: { id: string }; inviteLink: string }>(res);
    return { school, admin, email, id: staff.id, token: tokenOf(inviteLink) };
  }
  const accept = (token: string, password = NEW_PASSWORD) =>
    h().request({ method: 'POST', url: '/api/invites/accept', payload: { token, password } });
  const signIn = (email: string, password = NEW_PASSWORD) =>
    h().request({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });

  test('a new member of staff sets their password from the link, then signs in', async () => {
    const { school, email, id, token } = await invited();
    expectError(await signIn(email, PASSWORD), 401, 'INVALID_CREDENTIALS');
    const res = await accept(token);
    expect(res.statusCode, res.body).toBe(200);
    expect(dataOf(res)).toEqual({ email });
    const signedIn = await signIn(email);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(dataOf(signedIn)).toEqual({ stage: 'signed_in' });
    const set = await auditRows(h(), school, 'auth.password_set');
    expect(set.map((e) => e.actorId)).toEqual([id]);
  });

  test('an invite link works only once', async () => {
    const { token } = await invited();
    expect((await accept(token)).statusCode).toBe(200);
    expectError(await accept(token, 'another long passphrase'), 400, 'INVALID_TOKEN', 'token');
  });

  test('a weak password is refused naming the field, and the link still works', async () => {
    const { token } = await invited();
    expectError(await accept(token, 'password1234'), 400, 'VALIDATION', 'password');
    expectError(await accept(token, 'short'), 400, 'VALIDATION', 'password');
    expectError(await accept(token, 'Nia Newstarter'), 400, 'VALIDATION', 'password');
    expect((await accept(token)).statusCode).toBe(200);
  });

  test('sending a new invite link stops the old one working', async () => {
    const { admin, id, token: first } = await invited();
    const res = await h().request({
      method: 'POST',
      url: `/api/staff/${id}/invite`,
      cookie: admin.cookie,
    });
    expect(res.statusCode, res.body).toBe(200);
    const second = tokenOf(dataOf<{ inviteLink: string }>(res).inviteLink);
    expect(second).not.toBe(first);
    expectError(await accept(first), 400, 'INVALID_TOKEN');
    expect((await accept(second)).statusCode).toBe(200);
  });

  test('an invite for an account disabled since is refused', async () => {
    const { admin, id, token } = await invited();
    await h().request({
      method: 'PATCH',
      url: `/api/staff/${id}`,
      cookie: admin.cookie,
      payload: { disabled: true },
    });
    expectError(await accept(token), 400, 'INVALID_TOKEN');
  });

  test('a made-up link is refused', async () => {
    expectError(await accept('bm90LWEtcmVhbC10b2tlbg'), 400, 'INVALID_TOKEN', 'token');
  });

  test('an invite link stops working after 7 days', async () => {
    const { token } = await invited();
    h().clock.advance(7 * 24 * 60 * 60 * 1000 + 60 * 1000);
    expectError(await accept(token), 400, 'INVALID_TOKEN');
  });
});
