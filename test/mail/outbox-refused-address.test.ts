import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { drainOutbox } from '../../src/jobs/outbox-worker.ts';
import { smtpMailer } from '../../src/mail/smtp-mailer.ts';
import { describeEachEngine } from '../support/each-engine.ts';

/**
 * A real SMTP server that refuses one address for good (550 to RCPT TO) and, while `locked`,
 * refuses every sender as a misconfigured relay would (530).
 */
async function pickySmtp() {
  const state = { locked: false, accepted: [] as string[] };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!state.locked) return callback();
      const err = Object.assign(new Error('Authentication required'), { responseCode: 530 });
      return callback(err);
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('gone.'))
        return callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
      // A relay refusing to pass mail on refuses every address alike: its set-up, not theirs.
      if (address.address.startsWith('relay.'))
        return callback(
          Object.assign(new Error('5.7.1 Relay access denied'), { responseCode: 554 }),
        );
      return callback();
    },
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        state.accepted.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, state, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

let smtp: Awaited<ReturnType<typeof pickySmtp>>;
beforeAll(async () => {
  smtp = await pickySmtp();
});
afterAll(() => smtp.stop());

describeEachEngine('an address the mail server refuses', (get) => {
  const mailer = () => {
    const m = smtpMailer({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: undefined,
      pass: undefined,
      from: 'Haven <haven@school.example>',
    });
    if (!m) throw new Error('no mailer');
    return m;
  };
  const queue = async (to: string) => {
    const h = get();
    const schoolId = await h.createSchool();
    const at = h.clock.now().toISOString();
    const id = newId();
    await h.rt.store.transaction((r) =>
      r.outbox.enqueue([
        {
          id,
          schoolId,
          kind: 'email',
          payload: { to, subject: 'A new concern needs your attention', text: 'Open Haven' },
          createdAt: at,
          availableAt: at,
        },
      ]),
    );
    return id;
  };
  const row = (id: string) =>
    get()
      .rt.conn.db.selectFrom('outbox')
      .select(['sent_at', 'skipped_at', 'skipped_reason', 'attempts'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  test('is not asked again after every email that goes through: it is kept as skipped, with why', async () => {
    const h = get();
    const gone = await queue(`gone.${newId()}@example.org`);
    const here = `dsl.${newId()}@example.org`;
    const fine = await queue(here);
    const first = await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: mailer() });
    expect(first).toMatchObject({ sent: 1, skipped: 1, failed: 0 });
    expect(smtp.state.accepted).toContain(here);
    expect(await row(gone)).toMatchObject({
      sent_at: null,
      skipped_reason: 'address refused by the mail server (550)',
    });
    expect((await row(fine)).sent_at).not.toBeNull();
    // Later emails that go through do not bring it back.
    await queue(`dsl.${newId()}@example.org`);
    h.clock.advance(3_600_000);
    const later = await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: mailer() });
    expect(later).toMatchObject({ sent: 1, skipped: 0, failed: 0 });
  });

  test('a relay refusing to pass an address on (5.7.1) is retried, not dropped', async () => {
    const h = get();
    const id = await queue(`relay.${newId()}@example.org`);
    const refused = await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: mailer() });
    expect(refused).toMatchObject({ sent: 0, failed: 1, skipped: 0 });
    expect(await row(id)).toMatchObject({ sent_at: null, skipped_at: null });
  });

  test('a server refusing every sender (its set-up, not the address) is retried until it is fixed', async () => {
    const h = get();
    const id = await queue(`dsl.${newId()}@example.org`);
    smtp.state.locked = true;
    try {
      const refused = await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: mailer() });
      expect(refused).toMatchObject({ sent: 0, failed: 1, skipped: 0 });
      expect(await row(id)).toMatchObject({ sent_at: null, skipped_at: null });
    } finally {
      smtp.state.locked = false;
    }
    h.clock.advance(3_600_000);
    const fixed = await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: mailer() });
    expect(fixed.sent).toBeGreaterThanOrEqual(1);
    expect((await row(id)).sent_at).not.toBeNull();
  });
});
