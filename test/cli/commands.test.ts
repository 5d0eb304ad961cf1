import { existsSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliEnv, haven } from '../support/cli.ts';
import { ENGINES, engineAvailable } from '../support/engines.ts';
import { ORIGIN, TestHaven } from '../support/haven.ts';
import { DEMO_DOMAIN, DEMO_PASSWORD, DEMO_STAFF } from '../../src/cli/demo-data.ts';

for (const engine of ENGINES) {
  describe.skipIf(!engineAvailable(engine))(`the haven CLI [${engine}]`, () => {
    let h: TestHaven;
    let env: Record<string, string>;
    beforeAll(async () => {
      h = await TestHaven.start(engine);
      env = cliEnv(h);
    });
    afterAll(async () => h.stop());

    test('--help lists every command', () => {
      const r = haven(['--help'], env);
      for (const c of ['serve', 'migrate', 'setup', 'demo', 'users', 'audit', 'backup'])
        expect(r.stdout).toContain(c);
    });

    test('setup prints a one-time link while no school exists', () => {
      const r = haven(['setup'], env);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Set up Haven at: http:\/\/localhost:3000\/setup#[\w-]{43}/);
    });

    test('demo loads a school with a user for every role, and a second run changes nothing', async () => {
      const first = haven(['demo'], env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain(DEMO_PASSWORD);
      const again = haven(['demo'], env);
      expect(again.stdout).toMatch(/already loaded/);
      const res = await h.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: `teacher@${DEMO_DOMAIN}`, password: DEMO_PASSWORD },
      });
      expect(res.json()).toEqual({ data: { stage: 'signed_in' } });
      const dsl = await h.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: `dsl@${DEMO_DOMAIN}`, password: DEMO_PASSWORD },
      });
      expect(dsl.json()).toEqual({ data: { stage: 'mfa_enrol' } });
      const roles = new Set(DEMO_STAFF.flatMap((s) => s.roles));
      expect(roles.size).toBe(12);
    });

    test('setup refuses once a school exists', () => {
      expect(haven(['setup'], env).stdout).toMatch(/already set up/);
    });

    test('users add prints an invite link; list shows the account; disable and reset-mfa work', () => {
      const add = haven(
        [
          'users',
          'add',
          '--email',
          'new.teacher@example.org',
          '--name',
          'New Teacher',
          '--roles',
          'staff',
        ],
        env,
      );
      expect(add.code, add.stderr).toBe(0);
      expect(add.stdout).toMatch(new RegExp(`${ORIGIN}/invite#`));
      const bad = haven(
        ['users', 'add', '--email', 'not-an-email', '--name', 'X', '--roles', 'wizard'],
        env,
      );
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/email/);
      expect(haven(['users', 'list'], env).stdout).toContain('new.teacher@example.org');
      expect(haven(['users', 'disable', 'new.teacher@example.org'], env).code).toBe(0);
      expect(haven(['users', 'list'], env).stdout).not.toContain('new.teacher@example.org');
      expect(haven(['users', 'list', '--all'], env).stdout).toMatch(
        /new\.teacher@example\.org.*DISABLED/,
      );
      expect(haven(['users', 'reset-mfa', `dsl@${DEMO_DOMAIN}`], env).code).toBe(0);
      expect(haven(['users', 'disable', 'nobody@example.org'], env).stderr).toMatch(/No account/);
      // Eight processes in turn, each loading Haven through tsx: seconds each on a busy machine.
    }, 120_000);

    test('the CLI’s changes are in the audit log, naming the operator', async () => {
      const rows = await h.rt.conn.db
        .selectFrom('audit_events')
        .select(['type', 'actor_id'])
        .where('actor_id', '=', 'system:haven-cli')
        .execute();
      expect(rows.map((r) => r.type)).toEqual(
        expect.arrayContaining(['staff.created', 'staff.disabled', 'auth.mfa_reset']),
      );
    });

    test('backup copies the database while it is in use (SQLite) or explains pg_dump', () => {
      const dest = path.join(h.db.dataDir, 'copy.sqlite');
      const r = haven(['backup', '--to', dest], env);
      expect(r.code, r.stderr).toBe(0);
      if (engine === 'sqlite') {
        expect(existsSync(dest)).toBe(true);
        const copy = new SQLite(dest, { readonly: true });
        expect(copy.prepare('select count(*) as n from staff').get()).toMatchObject({
          n: expect.any(Number),
        });
        copy.close();
      } else {
        expect(r.stdout).toContain('pg_dump');
      }
    });
  });
}

describe.skipIf(!engineAvailable('sqlite'))(
  'trusts, local authorities and schools [sqlite]',
  () => {
    let h: TestHaven;
    beforeAll(async () => {
      h = await TestHaven.start('sqlite');
    });
    afterAll(async () => h.stop());

    test('an operator adds a trust, a school under it, and the school’s first DSL', async () => {
      const env = cliEnv(h);
      const org = haven(
        ['orgs', 'add', '--kind', 'trust', '--name', 'Riverside Learning Trust'],
        env,
      );
      expect(org.code, org.stderr).toBe(0);
      const orgId = /: ([0-9a-f-]{36})/.exec(org.stdout)?.[1] as string;
      expect(haven(['orgs', 'add', '--kind', 'diocese', '--name', 'X'], env).stderr).toMatch(
        /kind/,
      );
      const school = haven(
        ['schools', 'add', '--name', 'Riverside Primary', '--urn', '123456', '--org', orgId],
        env,
      );
      expect(school.code, school.stderr).toBe(0);
      const schoolId = /: ([0-9a-f-]{36})/.exec(school.stdout)?.[1] as string;
      expect(haven(['schools', 'add', '--name', 'Bad', '--urn', '12'], env).stderr).toMatch(
        /URN is 6 digits/,
      );
      expect(haven(['schools', 'list'], env).stdout).toContain('Riverside Primary (URN 123456)');
      const add = haven(
        [
          'users',
          'add',
          '--school',
          schoolId,
          '--email',
          'dsl@riverside.example',
          '--name',
          'Rita Lead',
          '--roles',
          'dsl',
        ],
        env,
      );
      expect(add.code, add.stderr).toBe(0);
      const user = await h.rt.store.transaction((r) => r.auth.byEmail('dsl@riverside.example'));
      expect(user?.user.schoolId).toBe(schoolId);
      const view = await h.rt.store.transaction((r) => r.schools.get(schoolId));
      expect(view?.organisationId).toBe(orgId);
    });
  },
);
