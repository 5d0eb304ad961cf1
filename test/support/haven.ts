import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { generateSync } from 'otplib';
import { loadConfig } from '../../src/config.ts';
import type { Role } from '../../src/core/access/roles.ts';
import { FakeClock } from '../../src/core/shared/clock.ts';
import { newId } from '../../src/core/shared/ids.ts';
import { buildApp } from '../../src/http/app.ts';
import { createRuntime, type Runtime } from '../../src/runtime.ts';
import type { Engine } from '../../src/storage/connect.ts';
import { freshDatabase, type TestDatabase } from './engines.ts';

export const ORIGIN = 'http://localhost:3000';
export const PASSWORD = 'lantern meadow copper violin';

export interface TestUser {
  id: string;
  email: string;
  schoolId: string;
  roles: Role[];
  mfaSecret: string | null;
}

/** One Haven (runtime + Fastify app) on a fresh database, with a fake clock. */
export class TestHaven {
  readonly clock = new FakeClock('2026-03-02T09:00:00Z');
  rt!: Runtime;
  app!: FastifyInstance;
  db!: TestDatabase;

  static async start(engine: Engine, env: Record<string, string> = {}): Promise<TestHaven> {
    const h = new TestHaven();
    h.db = await freshDatabase(engine);
    const config = loadConfig({
      NODE_ENV: 'test',
      HAVEN_DATA_DIR: h.db.dataDir,
      ...(h.db.databaseUrl ? { DATABASE_URL: h.db.databaseUrl } : {}),
      HAVEN_PUBLIC_URL: ORIGIN,
      HAVEN_WEB_DIR: '/nonexistent',
      ...env,
    });
    h.rt = await createRuntime(config, {
      clock: h.clock,
      pgSchema: h.db.pgSchema,
      fastHashing: true,
    });
    h.app = await buildApp(h.rt);
    await h.app.ready();
    return h;
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.rt.close();
    await this.db.drop();
  }

  /** A request as the browser would send it: same-origin, with the session cookie if given. */
  request(opts: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse> {
    const { cookie, headers, ...rest } = opts;
    return this.app.inject({
      ...rest,
      headers: {
        origin: ORIGIN,
        ...(cookie ? { cookie: `haven_session=${cookie}` } : {}),
        ...headers,
      },
    });
  }

  async createSchool(name = 'Test School'): Promise<string> {
    const id = newId();
    await this.rt.store.transaction((r) =>
      r.schools.create({ id, name, urn: null, localAuthority: null }, this.clock.now()),
    );
    return id;
  }

  /** Makes an account directly in storage, with a password and (for MFA roles) a known TOTP secret. */
  async createUser(
    schoolId: string,
    roles: Role[],
    opts: { email?: string; name?: string; mfa?: boolean } = {},
  ): Promise<TestUser> {
    const id = newId();
    const email = opts.email ?? `${roles.join('-')}.${id.slice(-8)}@example.org`;
    const secret = opts.mfa === false ? null : this.rt.auth.totp.newSecret();
    const hash = await this.rt.auth.hasher.hash(PASSWORD);
    const now = this.clock.now();
    await this.rt.store.transaction(async (r) => {
      await r.staff.create(
        schoolId,
        id,
        { fullName: opts.name ?? `Test ${roles.join(' ')}`, email, jobTitle: null, roles },
        now,
      );
      await r.auth.setPassword(id, hash, now);
      if (secret) await r.auth.setMfa(id, this.rt.auth.box.seal(secret, 'mfa-secret'), now);
    });
    return { id, email, schoolId, roles, mfaSecret: secret };
  }

  totp(secret: string): string {
    return generateSync({ secret, epoch: Math.floor(this.clock.now().getTime() / 1000) });
  }

  /** Signs in through the API (password, then TOTP when enrolled); returns the session cookie. */
  async signIn(user: TestUser): Promise<string> {
    this.clock.advance(31_000); // each TOTP step works once per user
    const res = await this.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
    let cookie = sessionCookie(res);
    const stage = res.json<{ data: { stage: string } }>().data.stage;
    if (stage === 'mfa' && user.mfaSecret) {
      const mfa = await this.request({
        method: 'POST',
        url: '/api/auth/mfa/verify',
        cookie,
        payload: { code: this.totp(user.mfaSecret) },
      });
      if (mfa.statusCode !== 200) throw new Error(`mfa failed: ${mfa.statusCode} ${mfa.body}`);
      cookie = sessionCookie(mfa);
    } else if (stage !== 'signed_in') {
      throw new Error(`unexpected stage ${stage}`);
    }
    return cookie;
  }

  /** A signed-in session for a new user with these roles. */
  async as(
    schoolId: string,
    roles: Role[],
    opts: { email?: string; name?: string } = {},
  ): Promise<{ user: TestUser; cookie: string }> {
    const user = await this.createUser(schoolId, roles, opts);
    return { user, cookie: await this.signIn(user) };
  }

  auditTypes(schoolId: string): Promise<string[]> {
    return this.rt.conn.db
      .selectFrom('audit_events')
      .select('type')
      .where('school_id', '=', schoolId)
      .orderBy('seq')
      .execute()
      .then((rows) => rows.map((r) => r.type));
  }
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'haven_session');
  if (!c) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return c.value;
}

export const validPupil = (overrides: Record<string, unknown> = {}) => ({
  legalFirstName: 'Amelia',
  legalLastName: 'Fictional',
  preferredName: 'Millie',
  dateOfBirth: '2016-05-14',
  upn: 'B801200005001',
  sex: 'F',
  gender: null,
  yearGroup: '4',
  senFlag: false,
  lookedAfter: false,
  emergencyContacts: [
    {
      name: 'Pat Fictional',
      relationship: 'Mother',
      phones: ['07700 900123', '01632 960123'],
      priority: 1,
    },
  ],
  ...overrides,
});
