import { beforeEach, describe, expect, test } from 'vitest';
import type { OutboxMessage } from '../../src/core/concerns/ports.ts';
import { SUBJECTS } from '../../src/core/concerns/use-cases/alerts.ts';
import { newId } from '../../src/core/shared/ids.ts';
import { isUrgent, retryAfterSeconds } from '../../src/jobs/outbox-rules.ts';
import { drainOutbox, type OutboxLog, type OutboxMail } from '../../src/jobs/outbox-worker.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import type { TestHaven } from '../support/haven.ts';

const LEASE_MS = 60_000;

const working = { send: async (_m: OutboxMail) => undefined };

/** A server that refuses the address, quoting it, as real ones do. */
/** As nodemailer fails when no mail server answers at all. */
const unreachable = {
  send: () =>
    Promise.reject(
      Object.assign(new Error('Connection refused'), { code: 'ECONNECTION', command: 'CONN' }),
    ),
};

const refusing = {
  send: (m: OutboxMail) =>
    Promise.reject(
      Object.assign(new Error(`550 5.1.1 <${m.to}>: Recipient address rejected`), {
        code: 'EENVELOPE',
        responseCode: 550,
      }),
    ),
};

function recordingLog() {
  const entries: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const log: OutboxLog = {
    info: (fields, message) => void entries.push({ level: 'info', fields, message }),
    warn: (fields, message) => void entries.push({ level: 'warn', fields, message }),
  };
  return { entries, log };
}

/** Sends whatever earlier tests left, so each test sees only its own emails. */
async function settle(h: TestHaven) {
  h.clock.advance(2 * 3600_000);
  await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: working, batch: 1000 });
}

async function enqueue(h: TestHaven, payload: Partial<OutboxMessage['payload']> = {}) {
  const id = newId();
  const at = h.clock.now().toISOString();
  const schoolId = await h.createSchool();
  await h.rt.store.transaction((r) =>
    r.outbox.enqueue([
      {
        id,
        schoolId,
        kind: 'email',
        payload: {
          to: `dsl.${id}@example.org`,
          subject: SUBJECTS.new_concern,
          text: 'Open Haven',
          ...payload,
        },
        createdAt: at,
        availableAt: at,
      },
    ]),
  );
  return id;
}

const row = (h: TestHaven, id: string) =>
  h.rt.conn.db
    .selectFrom('outbox')
    .select(['available_at', 'attempts', 'sent_at', 'last_error'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

/** Seconds until the message is due again. */
const waitOf = async (h: TestHaven, id: string) =>
  (Date.parse((await row(h, id)).available_at) - h.clock.now().getTime()) / 1000;

describe('how long a failed email waits', () => {
  test('urgent alerts are told apart by their subject', () => {
    for (const kind of ['urgent_concern', 'escalation', 'deadline_escalation'] as const)
      expect(isUrgent(SUBJECTS[kind]), kind).toBe(true);
    for (const kind of ['new_concern', 'deadline_reminder', 'file_shared'] as const)
      expect(isUrgent(SUBJECTS[kind]), kind).toBe(false);
  });

  test('the wait doubles from 30 seconds, to 5 minutes for an urgent alert and an hour otherwise', () => {
    const waits = (subject: string) =>
      Array.from({ length: 9 }, (_, i) => retryAfterSeconds(i + 1, subject));
    expect(waits(SUBJECTS.escalation)).toEqual([30, 60, 120, 240, 300, 300, 300, 300, 300]);
    expect(waits(SUBJECTS.new_concern)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });
});

describeEachEngine('the outbox through a mail outage', (get) => {
  beforeEach(() => settle(get()));

  test('each failure is logged with the outbox id and attempt, never the address, subject or text', async () => {
    const h = get();
    const id = await enqueue(h, { text: 'Open Haven at https://haven.example/concerns/1' });
    const { entries, log } = recordingLog();
    await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: refusing, log });
    h.clock.advance(30_000);
    await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: refusing, log });
    expect(entries).toEqual(
      [1, 2].map((attempt) => ({
        level: 'warn',
        fields: {
          outboxId: id,
          attempt,
          retryInSeconds: 30 * attempt,
          code: 'EENVELOPE',
          responseCode: 550,
        },
        message: expect.any(String),
      })),
    );
    expect(JSON.stringify(entries)).not.toMatch(/example\.org|new concern|haven\.example/i);
    // The full error stays with the row, beside the address the row holds anyway.
    expect((await row(h, id)).last_error).toMatch(/Recipient address rejected/);
  });

  test('/readyz counts the emails failing and gives the oldest one’s age, naming nobody', async () => {
    const h = get();
    const ready = async () => {
      const res = await h.request({ method: 'GET', url: '/readyz' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toMatch(/@/);
      return res.json<{ status: string; mail: unknown }>();
    };
    expect(await ready()).toEqual({
      status: 'ready',
      mail: { failingEmails: 0, oldestFailingSeconds: null },
    });
    await enqueue(h);
    h.clock.advance(60_000);
    await enqueue(h);
    await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: refusing });
    await enqueue(h); // queued, not yet tried: not failing
    h.clock.advance(10 * 60_000);
    expect(await ready()).toEqual({
      status: 'ready',
      mail: { failingEmails: 2, oldestFailingSeconds: 11 * 60 },
    });
    await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: working });
    expect((await ready()).mail).toEqual({ failingEmails: 0, oldestFailingSeconds: null });
  });

  test('an urgent alert waits at most 5 minutes between tries, an ordinary email up to an hour', async () => {
    const h = get();
    const waits = async (subject: string, tries: number) => {
      const id = await enqueue(h, { subject });
      const seen: number[] = [];
      for (let i = 0; i < tries; i++) {
        const { failed } = await drainOutbox({
          store: h.rt.store,
          clock: h.clock,
          mailer: refusing,
        });
        expect(failed).toBe(1);
        const wait = await waitOf(h, id);
        seen.push(wait);
        h.clock.advance(wait * 1000);
      }
      await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: working });
      return seen;
    };
    expect(await waits(SUBJECTS.escalation, 7)).toEqual([30, 60, 120, 240, 300, 300, 300]);
    expect(await waits(SUBJECTS.deadline_escalation, 6)).toEqual([30, 60, 120, 240, 300, 300]);
    expect(await waits(SUBJECTS.new_concern, 9)).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]);
  });

  test('once an email goes through, those waiting out earlier failures are due at once', async () => {
    const h = get();
    const waiting = await enqueue(h);
    for (let i = 0; i < 6; i++) {
      await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: unreachable });
      h.clock.advance((await waitOf(h, waiting)) * 1000);
    }
    await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: unreachable });
    expect(await waitOf(h, waiting)).toBe(1920);

    h.clock.advance(60_000); // the server is back; a new alert is the first to find out
    // One refused for a reason of its own keeps its backoff when the server is back.
    const own = await enqueue(h);
    await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: refusing });
    const ownWait = await waitOf(h, own);
    expect(ownWait).toBeGreaterThan(0);
    const fresh = await enqueue(h);
    const { entries, log } = recordingLog();
    const sent: string[] = [];
    const mailer = { send: async (m: OutboxMail) => void sent.push(m.messageId ?? '') };
    expect(await drainOutbox({ store: h.rt.store, clock: h.clock, mailer, log })).toEqual({
      sent: 1,
      failed: 0,
      skipped: 0,
    });
    expect(entries).toEqual([{ level: 'info', fields: { count: 1 }, message: expect.any(String) }]);
    h.clock.advance(2000);
    await drainOutbox({ store: h.rt.store, clock: h.clock, mailer, log });
    expect(sent).toEqual([fresh, waiting]);
    expect((await row(h, own)).last_error).not.toBeNull();
    expect(await row(h, waiting)).toMatchObject({ attempts: 8, last_error: null });
  });

  test('an attempt is counted when a send is tried, not when a message is claimed', async () => {
    const h = get();
    const ids = [await enqueue(h), await enqueue(h), await enqueue(h)];
    const slowish = {
      async send() {
        h.clock.advance(LEASE_MS * 0.3);
      },
    };
    expect(await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: slowish })).toEqual({
      sent: 2,
      failed: 0,
      skipped: 0,
    });
    const rows = await Promise.all(ids.map((id) => row(h, id)));
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 1, 1]);
    const untried = ids[rows.findIndex((r) => r.attempts === 0)] ?? '';
    // Claimed again once the lease lapses, it is still a first try, and waits only 30 s on failure.
    h.clock.advance(LEASE_MS);
    await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: refusing });
    expect(await row(h, untried)).toMatchObject({ attempts: 1, sent_at: null });
    expect(await waitOf(h, untried)).toBe(30);
  });
});
