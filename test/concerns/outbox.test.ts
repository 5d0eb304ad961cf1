import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cliEnv } from '../support/cli.ts';
import { ENGINES, engineAvailable } from '../support/engines.ts';
import { TestHaven } from '../support/haven.ts';
import { startSmtp } from '../support/smtp.ts';
import { drainOutbox } from '../../src/jobs/outbox-worker.ts';
import { categoryId, concernInput, makePupil } from './support.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
}

for (const engine of ENGINES) {
  describe.skipIf(!engineAvailable(engine))(`the alert outbox survives crashes [${engine}]`, () => {
    let h: TestHaven;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let run: (mode: string) => Promise<Outcome>;

    beforeEach(async () => {
      smtp = await startSmtp();
      h = await TestHaven.start(engine);
      const schoolId = await h.createSchool();
      const dsl = await h.as(schoolId, ['dsl']);
      const teacher = await h.createUser(schoolId, ['staff'], { mfa: false });
      const pupilId = await makePupil(h, dsl.cookie);
      const category = await categoryId(h, dsl.cookie);
      const env = {
        ...cliEnv(h),
        DATABASE_URL: h.db.databaseUrl ?? '',
        TEST_PG_SCHEMA: h.db.pgSchema ?? '',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        HAVEN_KEY_FILE: path.join(h.db.dataDir, 'haven.key'),
      };
      // Asynchronous on purpose: the SMTP server runs in this process and must keep answering.
      run = (mode) =>
        new Promise<Outcome>((resolve) => {
          const child = spawn(
            'node',
            [
              '--import',
              'tsx',
              'test/concerns/fixtures/outbox-crash.ts',
              mode,
              schoolId,
              teacher.id,
              pupilId,
              category,
            ],
            {
              cwd: root,
              env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
            },
          );
          let out = '';
          child.stdout.on('data', (d: Buffer) => (out += d.toString()));
          child.stderr.on('data', (d: Buffer) => (out += d.toString()));
          child.on('close', (status, signal) => resolve({ status, signal, stdout: out }));
        });
    });
    afterEach(async () => {
      await h.stop();
      await smtp.stop();
    });

    test('[D05] a crash between commit and send loses nothing and sends nothing twice', async () => {
      const crashed = await run('record');
      expect(crashed.signal, crashed.stdout).toBe('SIGKILL');
      expect(await h.rt.store.transaction((r) => r.outbox.pending())).toBe(1);
      expect(JSON.parse((await run('drain')).stdout)).toEqual({ sent: 1, failed: 0, skipped: 0 });
      expect(JSON.parse((await run('drain')).stdout)).toEqual({ sent: 0, failed: 0, skipped: 0 });
      await expect.poll(() => smtp.inbox.length).toBe(1);
      expect(smtp.inbox[0]?.subject).toBe('A new concern needs your attention');
    });

    test('a worker that dies mid-send leaves the alert to the next worker, which sends it once', async () => {
      await run('record');
      const hung = await run('hang');
      expect(hung.signal, hung.stdout).toBe('SIGKILL');
      expect(smtp.inbox).toHaveLength(0);
      await new Promise((resolve) => setTimeout(resolve, 1200)); // the lease lapses
      expect(JSON.parse((await run('drain')).stdout)).toEqual({ sent: 1, failed: 0, skipped: 0 });
      expect(JSON.parse((await run('drain')).stdout)).toEqual({ sent: 0, failed: 0, skipped: 0 });
      await expect.poll(() => smtp.inbox.length).toBe(1);
    });
  });
}

describe.skipIf(!engineAvailable('sqlite'))(
  'the local outbox, when no SMTP server is configured',
  () => {
    test('alerts land in the local outbox, which administrators can read, naming no child', async () => {
      const h = await TestHaven.start('sqlite');
      try {
        const schoolId = await h.createSchool();
        const admin = await h.as(schoolId, ['school_admin', 'dsl']);
        const teacher = await h.as(schoolId, ['staff']);
        const pupilId = await makePupil(h, admin.cookie);
        const category = await categoryId(h, teacher.cookie);
        await h.request({
          method: 'POST',
          url: '/api/concerns',
          cookie: teacher.cookie,
          payload: concernInput(pupilId, category),
        });
        await drainOutbox({ store: h.rt.store, clock: h.rt.clock, mailer: h.rt.mailer });
        const res = await h.request({
          method: 'GET',
          url: '/api/dev/outbox',
          cookie: admin.cookie,
        });
        expect(res.json().data).toEqual([
          expect.objectContaining({
            to: admin.user.email,
            subject: 'A new concern needs your attention',
          }),
        ]);
        expect(res.body).not.toMatch(/Millie|Fictional|bruise/i);
        expect(
          (await h.request({ method: 'GET', url: '/api/dev/outbox', cookie: teacher.cookie }))
            .statusCode,
        ).toBe(403);
      } finally {
        await h.stop();
      }
    });
  },
);
