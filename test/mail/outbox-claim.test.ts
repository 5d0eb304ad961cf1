import { beforeEach, expect, test } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { drainOutbox, type OutboxMail } from '../../src/jobs/outbox-worker.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import type { TestHaven } from '../support/haven.ts';

const LEASE_MS = 60_000;

async function enqueue(h: TestHaven, count: number): Promise<string[]> {
  const schoolId = await h.createSchool();
  const at = h.clock.now().toISOString();
  const ids = Array.from({ length: count }, () => newId());
  await h.rt.store.transaction((r) =>
    r.outbox.enqueue(
      ids.map((id, i) => ({
        id,
        schoolId,
        kind: 'email' as const,
        payload: { to: `dsl${i}@example.org`, subject: 'Alert', text: 'Open Haven' },
        createdAt: at,
        availableAt: at,
      })),
    ),
  );
  return ids;
}

/** Claims as another worker would once the first one's lease has lapsed. */
async function claimAsOther(h: TestHaven) {
  h.clock.advance(LEASE_MS + 1000);
  const now = h.clock.now();
  const claimedUntil = new Date(now.getTime() + LEASE_MS).toISOString();
  const messages = await h.rt.store.transaction((r) =>
    r.outbox.claim(now.toISOString(), claimedUntil, 20),
  );
  return { ids: messages.map((m) => m.id), claimedUntil };
}

const markSent = (h: TestHaven, id: string, claimedUntil: string) =>
  h.rt.store.transaction((r) => r.outbox.markSent(id, claimedUntil, h.clock.now().toISOString()));

describeEachEngine('outbox bookkeeping belongs to whoever holds the claim', (get) => {
  beforeEach(async () => {
    // Each test starts with nothing due, whatever the one before left claimed.
    const h = get();
    const left = await claimAsOther(h);
    for (const id of left.ids) await markSent(h, id, left.claimedUntil);
  });

  test('a worker whose send outlived its claim neither marks it sent nor failed', async () => {
    const h = get();
    const [id = ''] = await enqueue(h, 1);
    const firstLease = new Date(h.clock.now().getTime() + LEASE_MS).toISOString();
    let other = { ids: [] as string[], claimedUntil: '' };
    const slow = {
      async send() {
        other = await claimAsOther(h); // the send took longer than the lease
      },
    };
    expect(await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: slow })).toEqual({
      sent: 1,
      failed: 0,
      skipped: 0,
    });
    expect(other.ids).toEqual([id]);
    // Still the second worker's to send and to mark.
    expect(await h.rt.store.transaction((r) => r.outbox.pending())).toBe(1);
    expect(
      await h.rt.store.transaction((r) => r.outbox.markFailed(id, firstLease, 'late', firstLease)),
    ).toBe(false);
    expect(await markSent(h, id, firstLease)).toBe(false);
    expect(await markSent(h, id, other.claimedUntil)).toBe(true);
    expect(await h.rt.store.transaction((r) => r.outbox.pending())).toBe(0);
  });

  test('a failure after the claim was lost leaves the new holder’s claim alone', async () => {
    const h = get();
    await enqueue(h, 1);
    const failing = {
      async send() {
        await claimAsOther(h);
        throw new Error('connection reset');
      },
    };
    expect(await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: failing })).toEqual({
      sent: 0,
      failed: 1,
      skipped: 0,
    });
    // Had the failure been recorded, the claim would be gone and a third worker could take it.
    h.clock.advance(1000);
    const now = h.clock.now().toISOString();
    expect(await h.rt.store.transaction((r) => r.outbox.claim(now, now, 20))).toEqual([]);
  });

  test('a batch starts no send with less than half the lease left', async () => {
    const h = get();
    const ids = await enqueue(h, 3);
    const sentTo: OutboxMail[] = [];
    const slowish = {
      async send(m: OutboxMail) {
        sentTo.push(m);
        h.clock.advance(LEASE_MS * 0.3);
      },
    };
    expect(await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: slowish })).toEqual({
      sent: 2,
      failed: 0,
      skipped: 0,
    });
    expect(sentTo).toHaveLength(2);
    expect(ids).toContain(sentTo[0]?.messageId);
    expect(sentTo[0]?.schoolId).toEqual(expect.any(String));
    expect(await h.rt.store.transaction((r) => r.outbox.pending())).toBe(1);
  });
});
