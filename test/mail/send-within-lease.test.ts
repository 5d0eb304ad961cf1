import { afterEach, describe, expect, test } from 'vitest';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { newId } from '../../src/core/shared/ids.ts';
import { drainOutbox, OUTBOX_LEASE_SECONDS } from '../../src/jobs/outbox-worker.ts';
import { sendTimeouts, smtpMailer } from '../../src/mail/smtp-mailer.ts';
import { describeEachEngine } from '../support/each-engine.ts';

// Short enough to keep the suite fast; the timeouts scale with it exactly as with the real lease.
const LEASE_SECONDS = 0.8;

/** A real SMTP server that accepts connections and then, at the chosen step, never answers. */
async function silentSmtp(step: 'greeting' | 'data') {
  const hang: Partial<SMTPServerOptions> =
    step === 'greeting'
      ? { onConnect: () => undefined }
      : {
          onData: (stream) => {
            stream.resume();
          },
        };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 50,
    ...hang,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const smtpTo = (port: number) => ({
  host: '127.0.0.1',
  port,
  secure: false,
  user: undefined,
  pass: undefined,
  from: 'Haven <haven@school.example>',
});

let stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.map((s) => s()));
  stops = [];
});

describe('an SMTP send ends well inside the outbox lease', () => {
  test('each of nodemailer’s waits is an eighth of the real lease, all four half of it', () => {
    const t = sendTimeouts(OUTBOX_LEASE_SECONDS);
    expect(t).toEqual({
      dnsTimeout: 7500,
      connectionTimeout: 7500,
      greetingTimeout: 7500,
      socketTimeout: 7500,
    });
    expect(Object.values(t).reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(
      (OUTBOX_LEASE_SECONDS * 1000) / 2,
    );
  });

  for (const step of ['greeting', 'data'] as const) {
    test(`a server that goes silent at the ${step} fails the send before the lease ends`, async () => {
      const server = await silentSmtp(step);
      stops.push(server.stop);
      const mailer = smtpMailer(smtpTo(server.port), LEASE_SECONDS);
      const started = performance.now();
      await expect(
        mailer?.send({ to: 'dsl@example.org', subject: 'Alert', text: 'Open Haven' }),
      ).rejects.toThrow(/timeout/i);
      expect(performance.now() - started).toBeLessThan((LEASE_SECONDS * 1000) / 2 + 150);
    });
  }
});

describeEachEngine('the outbox worker and a silent SMTP server', (get) => {
  test('the failure is recorded while the claim still holds, so the email can be retried', async () => {
    const h = get();
    const server = await silentSmtp('data');
    stops.push(server.stop);
    const at = h.clock.now().toISOString();
    const id = newId();
    const schoolId = await h.createSchool();
    await h.rt.store.transaction((r) =>
      r.outbox.enqueue([
        {
          id,
          schoolId,
          kind: 'email',
          payload: { to: 'dsl@example.org', subject: 'Alert', text: 'Open Haven' },
          createdAt: at,
          availableAt: at,
        },
      ]),
    );
    const started = performance.now();
    const result = await drainOutbox({
      store: h.rt.store,
      clock: h.rt.clock,
      mailer: smtpMailer(smtpTo(server.port), LEASE_SECONDS) ?? expect.fail('no mailer'),
      leaseSeconds: LEASE_SECONDS,
    });
    expect(performance.now() - started).toBeLessThan(LEASE_SECONDS * 1000);
    expect(result).toEqual({ sent: 0, failed: 1, skipped: 0 });
    // Marked failed (not left claimed): due again after the 30 s backoff, as a second attempt.
    h.clock.advance(31_000);
    const now = h.clock.now().toISOString();
    const lease = new Date(h.clock.now().getTime() + 60_000).toISOString();
    const again = await h.rt.store.transaction((r) => r.outbox.claim(now, lease, 10));
    expect(again).toEqual([expect.objectContaining({ id, attempts: 2 })]);
    expect(await h.rt.store.transaction((r) => r.outbox.markSent(id, lease, now))).toBe(true);
  });
});
