import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Repos, Store } from '../../src/core/ports.ts';
import { newId } from '../../src/core/shared/ids.ts';
import { drainOutbox, OUTBOX_LEASE_SECONDS } from '../../src/jobs/outbox-worker.ts';
import { smtpMailer } from '../../src/mail/smtp-mailer.ts';
import { describeEachEngine } from '../support/each-engine.ts';

/** A real SMTP server that keeps each message's Message-ID, which is what a receiver dedupes on. */
async function smtpKeepingIds() {
  const received: { to: string; messageId: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? '' : (mail.to?.text ?? '');
          received.push({ to, messageId: mail.messageId ?? '' });
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, received, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The store as a process sees it when it dies the moment the server has taken the email. */
const diesBeforeMarkingSent = (store: Store): Store => ({
  ...store,
  transaction: (fn) =>
    store.transaction((r) => {
      const outbox = {
        ...r.outbox,
        markSent: () => Promise.reject(new Error('the process died')),
      };
      return fn(Object.create(r, { outbox: { value: outbox } }) as Repos);
    }),
});

let smtp: Awaited<ReturnType<typeof smtpKeepingIds>>;
beforeAll(async () => {
  smtp = await smtpKeepingIds();
});
afterAll(() => smtp.stop());

describeEachEngine('a crash between the mail server’s acceptance and the mark', (get) => {
  test('sends the email twice, both copies with the outbox id as their Message-ID', async () => {
    const h = get();
    const mailer = smtpMailer({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: undefined,
      pass: undefined,
      from: 'Haven <haven@school.example>',
    });
    if (!mailer) throw new Error('no mailer');
    const id = newId();
    const to = `dsl.${id}@example.org`;
    const schoolId = await h.createSchool();
    const at = h.clock.now().toISOString();
    await h.rt.store.transaction((r) =>
      r.outbox.enqueue([
        {
          id,
          schoolId,
          kind: 'email',
          payload: { to, subject: 'Alert', text: 'Open Haven' },
          createdAt: at,
          availableAt: at,
        },
      ]),
    );

    const dying = { store: diesBeforeMarkingSent(h.rt.store), clock: h.clock, mailer };
    await expect(drainOutbox(dying)).rejects.toThrow('the process died');
    // Nothing says it went, so once the lease lapses the next worker sends it again.
    h.clock.advance(OUTBOX_LEASE_SECONDS * 1000 + 1000);
    expect(await drainOutbox({ store: h.rt.store, clock: h.clock, mailer })).toEqual({
      sent: 1,
      failed: 0,
      skipped: 0,
    });
    const copies = smtp.received.filter((m) => m.to === to);
    expect(copies).toEqual([
      { to, messageId: `<${id}@haven>` },
      { to, messageId: `<${id}@haven>` },
    ]);
    expect(await h.rt.store.transaction((r) => r.outbox.pending())).toBe(0);
  });
});
