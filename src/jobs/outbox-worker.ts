import type { Clock } from '../core/shared/clock.ts';
import type { Mailer } from '../core/shared/mailer.ts';
import type { Store } from '../core/ports.ts';

export interface OutboxWorkerOptions {
  store: Store;
  clock: Clock;
  mailer: Mailer;
  /** How long a claimed message is reserved for this worker before another may retry it. */
  leaseSeconds?: number;
  batch?: number;
}

const backoffSeconds = (attempts: number) => Math.min(3600, 30 * 2 ** (attempts - 1));

/**
 * Sends due outbox messages once each. A message is claimed under a lease in one transaction,
 * sent, then marked sent in another. If the process dies before sending, the lease lapses and the
 * message is sent later: nothing is lost. The Message-ID is the outbox id, so a receiving server
 * can discard the rare duplicate when a process dies between SMTP's acceptance and the mark.
 */
export async function drainOutbox(
  o: OutboxWorkerOptions,
): Promise<{ sent: number; failed: number }> {
  const now = o.clock.now();
  const claimUntil = new Date(now.getTime() + (o.leaseSeconds ?? 60) * 1000).toISOString();
  const messages = await o.store.transaction((r) =>
    r.outbox.claim(now.toISOString(), claimUntil, o.batch ?? 20),
  );
  let sent = 0;
  let failed = 0;
  for (const m of messages) {
    try {
      await o.mailer.send({ ...m.payload, messageId: m.id });
      await o.store.transaction((r) => r.outbox.markSent(m.id, o.clock.now().toISOString()));
      sent++;
    } catch (err) {
      const retryAt = new Date(
        o.clock.now().getTime() + backoffSeconds(m.attempts) * 1000,
      ).toISOString();
      await o.store.transaction((r) =>
        r.outbox.markFailed(m.id, err instanceof Error ? err.message : String(err), retryAt),
      );
      failed++;
    }
  }
  return { sent, failed };
}
