import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { drainOutbox } from '../../src/jobs/outbox-worker.ts';
import { localOutboxWarning } from '../../src/mail/local-outbox.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { engineAvailable } from '../support/engines.ts';
import { TestHaven } from '../support/haven.ts';

describeEachEngine('the local outbox shows each school only its own emails', (get) => {
  let a: { cookie: string; email: string };
  let b: { cookie: string; email: string };
  let empty: { cookie: string };

  beforeAll(async () => {
    const h = get();
    const [schoolA, schoolB, schoolC] = [
      await h.createSchool('School A'),
      await h.createSchool('School B'),
      await h.createSchool('School C'),
    ];
    const adminA = await h.as(schoolA, ['school_admin']);
    const adminB = await h.as(schoolB, ['school_admin']);
    a = { cookie: adminA.cookie, email: adminA.user.email };
    b = { cookie: adminB.cookie, email: adminB.user.email };
    empty = { cookie: (await h.as(schoolC, ['school_admin'])).cookie };
    const at = h.clock.now().toISOString();
    const mail = (schoolId: string | null, to: string, subject: string) => ({
      id: newId(),
      schoolId,
      kind: 'email' as const,
      payload: { to, subject, text: `Open Haven: ${subject}` },
      createdAt: at,
      availableAt: at,
    });
    await h.rt.store.transaction((r) =>
      r.outbox.enqueue([
        mail(schoolA, a.email, 'For school A'),
        mail(schoolB, b.email, 'For school B'),
        mail(null, 'ops@example.org', 'For no school'),
      ]),
    );
    expect(
      await drainOutbox({ store: h.rt.store, clock: h.rt.clock, mailer: h.rt.mailer }),
    ).toEqual({ sent: 3, failed: 0, skipped: 0 });
    // A file from before schools were kept, and one half written: neither may show or break the page.
    const dir = path.join(h.db.dataDir, 'outbox');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'old.json'),
      JSON.stringify({ id: 'old', to: 'x@example.org', subject: 'Old', text: '', at }),
    );
    writeFileSync(path.join(dir, 'torn.json'), '{"id":"torn","schoolId":');
  });

  const outbox = (cookie: string) =>
    get().request({ method: 'GET', url: '/api/dev/outbox', cookie });

  test("school B's administrator does not see school A's emails", async () => {
    const res = await outbox(b.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual([
      {
        id: expect.any(String),
        to: b.email,
        subject: 'For school B',
        text: expect.any(String),
        at: expect.any(String),
      },
    ]);
    expect(res.body).not.toContain(a.email);
  });

  test("school A's administrator sees their own", async () => {
    const res = await outbox(a.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual([
      expect.objectContaining({ to: a.email, subject: 'For school A' }),
    ]);
  });

  test('a school with no emails sees none, including those of no school', async () => {
    const res = await outbox(empty.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual([]);
  });
});

describe('the start-up warning when live mail goes nowhere', () => {
  test('only in production, and only without an SMTP host', () => {
    expect(localOutboxWarning('production', undefined)).toMatch(/nobody will receive them/);
    expect(localOutboxWarning('production', 'smtp.example.org')).toBeNull();
    expect(localOutboxWarning('development', undefined)).toBeNull();
    expect(localOutboxWarning(undefined, undefined)).toBeNull();
  });

  describe.skipIf(!engineAvailable('sqlite'))('at start-up', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
    });

    const warningsAtStart = async (env: Record<string, string>) => {
      vi.stubEnv('NODE_ENV', 'production');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const h = await TestHaven.start('sqlite', env);
      const dataDir = h.db.dataDir;
      await h.stop();
      return { messages: warn.mock.calls.map((c) => String(c[0])), dataDir };
    };

    test('a production Haven with no SMTP host says so once, naming no path or secret', async () => {
      const { messages, dataDir } = await warningsAtStart({});
      const mail = messages.filter((m) => /SMTP_HOST/.test(m));
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatch(/local outbox.*nobody will receive/);
      expect(mail[0]).not.toContain(dataDir);
    });

    test('a production Haven with an SMTP host does not', async () => {
      const { messages } = await warningsAtStart({ SMTP_HOST: '127.0.0.1' });
      expect(messages.filter((m) => /SMTP_HOST/.test(m))).toEqual([]);
    });
  });
});
