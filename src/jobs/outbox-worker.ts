import type { Clock } from '../core/shared/clock.ts';
import type { MailMessage } from '../core/shared/mailer.ts';
import type { Store } from '../core/ports.ts';

/** How long a claimed message is reserved for one worker. The SMTP timeouts are cut to fit it. */
export const OUTBOX_LEASE_SECONDS = 60;

/** An outbox email names its school, so the local outbox can show each school only its own. */
export type OutboxMail = MailMessage & { schoolId: string | null };

export interface OutboxWorkerOptions {
  store: Store;
  clock: Clock;
  mailer: { send(message: OutboxMail): Promise<void> };
  /** How long a claimed message is reserved for this worker before another may retry it. */
  leaseSeconds?: number;
  batch?: number;
}

const backoffSeconds = (attempts: number) => Math.min(3600, 30 * 2 ** (attempts - 1));

/**
 * Sends due outbox messages once each. A message is claimed under a lease in one transaction,
 * sent, then marked sent in another, only if the claim is still this worker's. If the process
 * dies before sending, the lease lapses and the message is sent later: nothing is lost. The
 * Message-ID is the outbox id, so a receiving server can discard the rare duplicate when a
 * process dies between SMTP's acceptance and the mark.
 */
export async function drainOutbox(
  o: OutboxWorkerOptions,
): Promise<{ sent: number; failed: number }> {
  const now = o.clock.now();
  const leaseMs = (o.leaseSeconds ?? OUTBOX_LEASE_SECONDS) * 1000;
  const claimedUntil = new Date(now.getTime() + leaseMs).toISOString();
  const messages = await o.store.transaction((r) =>
    r.outbox.claim(now.toISOString(), claimedUntil, o.batch ?? 20),
  );
  let sent = 0;
  let failed = 0;
  for (const m of messages) {
    // The SMTP timeouts end a send within half the lease; one begun later could outlive the
    // claim and be sent again by another worker. The rest wait for the lease to lapse.
    if (Date.parse(claimedUntil) - o.clock.now().getTime() < leaseMs / 2) break;
    try {
      await o.mailer.send({ ...m.payload, messageId: m.id, schoolId: m.schoolId });
    } catch (err) {
      const retryAt = new Date(
        o.clock.now().getTime() + backoffSeconds(m.attempts) * 1000,
      ).toISOString();
      const error = err instanceof Error ? err.message : String(err);
      await o.store.transaction((r) => r.outbox.markFailed(m.id, claimedUntil, error, retryAt));
      failed++;
      continue;
    }
    // Counted even when the claim was lost: the server took the email either way.
    await o.store.transaction((r) =>
      r.outbox.markSent(m.id, claimedUntil, o.clock.now().toISOString()),
    );
    sent++;
  }
  return { sent, failed };
}
