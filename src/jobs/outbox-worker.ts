import type { Clock } from '../core/shared/clock.ts';
import type { MailMessage } from '../core/shared/mailer.ts';
import type { Store } from '../core/ports.ts';
import { retryAfterSeconds, whyNotSend } from './outbox-rules.ts';

/** How long a claimed message is reserved for one worker. The SMTP timeouts are cut to fit it. */
export const OUTBOX_LEASE_SECONDS = 60;

/** An outbox email names its school, so the local outbox can show each school only its own. */
export type OutboxMail = MailMessage & { schoolId: string | null };

/** The app's logger (pino). It is given ids, counts and codes: never an address or a subject. */
export interface OutboxLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface OutboxWorkerOptions {
  store: Store;
  clock: Clock;
  mailer: { send(message: OutboxMail): Promise<void> };
  /** Without one, a mail server that is down is seen only in the outbox's own columns. */
  log?: OutboxLog;
  /** How long a claimed message is reserved for this worker before another may retry it. */
  leaseSeconds?: number;
  batch?: number;
}

export interface DrainResult {
  sent: number;
  failed: number;
  /** No longer to be sent: whom it was for was disabled, or the clock it chased was met. */
  skipped: number;
}

/** What of a send error may be logged: its codes. Its message can quote the address. */
function errorCodes(err: unknown): Record<string, unknown> {
  if (typeof err !== 'object' || err === null) return {};
  const { code, responseCode } = err as { code?: unknown; responseCode?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof responseCode === 'number' ? { responseCode } : {}),
  };
}

/** How the error of an email that found no mail server begins. */
const UNREACHABLE = 'mail server unreachable:';

/** A failure to reach the mail server at all, as nodemailer reports one. */
function serverUnreachable(err: unknown): boolean {
  const { code } = errorCodes(err);
  return code === 'ECONNECTION' || code === 'ETIMEDOUT' || code === 'ESOCKET' || code === 'EDNS';
}

/**
 * Whether the mail server refused this email's address for good: a 5xx to RCPT TO (nodemailer's
 * EENVELOPE) whose enhanced status is 5.1.x, a bad destination address (RFC 3463). Anything else
 * is more likely the server's set-up than the address ("5.7.1 relay access denied", a failed
 * sign-in) and every email would meet it, so those are retried until it is fixed.
 */
function recipientRefused(err: unknown): boolean {
  const { code, responseCode } = errorCodes(err);
  const { command, response } = err as { command?: unknown; response?: unknown };
  return (
    code === 'EENVELOPE' &&
    command === 'RCPT TO' &&
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    typeof response === 'string' &&
    /^\d{3}[ -]5\.1\.\d{1,3}\b/.test(response)
  );
}

/**
 * Sends due outbox messages once each. A message is claimed under a lease in one transaction;
 * just before its send a second one checks it is still wanted and counts the attempt; a third
 * marks it sent, only if the claim is still this worker's. If the process dies before sending,
 * the lease lapses and the message is sent later: nothing is lost. If it dies after the mail
 * server took the email but before the mark, the email is sent again: the Message-ID is the
 * outbox id, so a receiving server that keeps them can discard the copy (see operations.md).
 */
export async function drainOutbox(o: OutboxWorkerOptions): Promise<DrainResult> {
  const now = o.clock.now();
  const leaseMs = (o.leaseSeconds ?? OUTBOX_LEASE_SECONDS) * 1000;
  const claimedUntil = new Date(now.getTime() + leaseMs).toISOString();
  const messages = await o.store.transaction((r) =>
    r.outbox.claim(now.toISOString(), claimedUntil, o.batch ?? 20),
  );
  const result: DrainResult = { sent: 0, failed: 0, skipped: 0 };
  let serverAnswered = false;
  for (const m of messages) {
    // The SMTP timeouts end a send within half the lease; one begun later could outlive the
    // claim and be sent again by another worker. The rest wait for the lease to lapse.
    if (Date.parse(claimedUntil) - o.clock.now().getTime() < leaseMs / 2) break;
    const at = o.clock.now().toISOString();
    const verdict = await o.store.transaction(async (r) => {
      const reason = await whyNotSend(r, m);
      if (reason) return (await r.outbox.markSkipped(m.id, claimedUntil, reason, at)) && reason;
      return (await r.outbox.markTried(m.id, claimedUntil)) && 'send';
    });
    if (verdict === false) continue; // another worker holds it now, and will decide
    if (verdict !== 'send') {
      o.log?.info({ outboxId: m.id, reason: verdict }, 'outbox email no longer sent');
      result.skipped++;
      continue;
    }
    const { to, subject, text } = m.payload;
    try {
      await o.mailer.send({ to, subject, text, messageId: m.id, schoolId: m.schoolId });
    } catch (err) {
      if (recipientRefused(err)) {
        // Retrying would ask again, after every email that goes through, for an address the
        // server has said it will never take: kept with why, as a skipped email is.
        const reason = `address refused by the mail server (${String(errorCodes(err).responseCode)})`;
        await o.store.transaction((r) =>
          r.outbox.markSkipped(m.id, claimedUntil, reason, o.clock.now().toISOString()),
        );
        o.log?.warn({ outboxId: m.id, ...errorCodes(err) }, 'outbox email refused for good');
        result.skipped++;
        continue;
      }
      const wait = retryAfterSeconds(m.attempts, subject);
      const retryAt = new Date(o.clock.now().getTime() + wait * 1000).toISOString();
      const message = err instanceof Error ? err.message : String(err);
      const error = serverUnreachable(err) ? `${UNREACHABLE} ${message}` : message;
      await o.store.transaction((r) => r.outbox.markFailed(m.id, claimedUntil, error, retryAt));
      o.log?.warn(
        { outboxId: m.id, attempt: m.attempts, retryInSeconds: wait, ...errorCodes(err) },
        'outbox email failed; it will be retried',
      );
      result.failed++;
      continue;
    }
    // Counted even when the claim was lost: the server took the email either way. The first
    // email through shows the server is back, so whatever could not reach it waits no longer
    // (rather than to the end of a backoff of up to an hour). Only those: an email refused for
    // reasons of its own keeps its backoff. In a transaction of its own, so that two servers
    // hurrying the same rows never undo a mark that an email went.
    const first = !serverAnswered;
    serverAnswered = true;
    await o.store.transaction((r) =>
      r.outbox.markSent(m.id, claimedUntil, o.clock.now().toISOString()),
    );
    const hurried = first
      ? await o.store.transaction((r) =>
          r.outbox.retryFailedNow(o.clock.now().toISOString(), UNREACHABLE),
        )
      : 0;
    if (hurried)
      o.log?.info({ count: hurried }, 'mail server answers again: failed emails retried');
    result.sent++;
  }
  return result;
}
