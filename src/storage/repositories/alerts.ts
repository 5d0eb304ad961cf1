import type {
  NotificationRepo,
  NotificationRow,
  OutboxMessage,
  OutboxRepo,
} from '../../core/concerns/ports.ts';
import type { TxContext } from './tx.ts';
import { insertRows } from '../compiled-once.ts';

// Written for every alert.
const insertNotifications = insertRows('notifications', [
  'id',
  'school_id',
  'user_id',
  'kind',
  'concern_id',
  'deadline_id',
  'case_id',
  'created_at',
  'read_at',
]);
const insertMessages = insertRows('outbox', [
  'id',
  'school_id',
  'kind',
  'payload',
  'created_at',
  'available_at',
  'attempts',
  'claimed_until',
  'sent_at',
  'last_error',
]);

export const notificationRepo = (ctx: TxContext): NotificationRepo => {
  const { db } = ctx;
  return {
    async add(rows) {
      await insertNotifications(
        ctx,
        rows.map((n) => ({
          id: n.id,
          school_id: n.schoolId,
          user_id: n.userId,
          kind: n.kind,
          concern_id: n.concernId,
          deadline_id: n.deadlineId ?? null,
          case_id: n.caseId ?? null,
          created_at: n.createdAt,
          read_at: null,
        })),
      );
    },
    async list(userId, limit) {
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        schoolId: r.school_id,
        userId: r.user_id,
        kind: r.kind as NotificationRow['kind'],
        concernId: r.concern_id,
        deadlineId: r.deadline_id,
        caseId: r.case_id,
        createdAt: r.created_at,
        readAt: r.read_at,
      }));
    },
    async unread(userId) {
      const r = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async markRead(userId, id, at) {
      const res = await db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async recipientsAbout(concernId, kinds) {
      if (!kinds.length) return [];
      const rows = await db
        .selectFrom('notifications')
        .select('user_id')
        .distinct()
        .where('concern_id', '=', concernId)
        .where('kind', 'in', [...kinds])
        .execute();
      return rows.map((r) => r.user_id);
    },
    async sentAbout(userId, concernId, kinds) {
      if (!kinds.length) return false;
      const row = await db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', userId)
        .where('concern_id', '=', concernId)
        .where('kind', 'in', [...kinds])
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
};

/**
 * The outbox. Claiming sets a lease (`claimed_until`): a worker that dies mid-send leaves the
 * message to be retried once the lease lapses, never lost. On PostgreSQL `FOR UPDATE SKIP LOCKED`
 * keeps workers on several servers from claiming the same message. `attempts` counts sends
 * begun, not claims: a claimed message the worker had no time for is no nearer a long backoff.
 */
export const outboxRepo = (ctx: TxContext): OutboxRepo => {
  const { db, engine } = ctx;
  return {
    async enqueue(messages) {
      await insertMessages(
        ctx,
        messages.map((m) => ({
          id: m.id,
          school_id: m.schoolId,
          kind: m.kind,
          payload: JSON.stringify(m.payload),
          created_at: m.createdAt,
          available_at: m.availableAt,
          attempts: 0,
          claimed_until: null,
          sent_at: null,
          last_error: null,
        })),
      );
    },
    async claim(now, claimUntil, limit) {
      let q = db
        .selectFrom('outbox')
        .selectAll()
        .where('sent_at', 'is', null)
        .where('skipped_at', 'is', null)
        .where('available_at', '<=', now)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .orderBy('available_at')
        .limit(limit);
      if (engine === 'postgres') q = q.forUpdate().skipLocked();
      const rows = await q.execute();
      if (!rows.length) return [];
      await db
        .updateTable('outbox')
        .set({ claimed_until: claimUntil })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return rows.map((r) => ({
        id: r.id,
        schoolId: r.school_id,
        kind: 'email' as const,
        payload: JSON.parse(r.payload) as OutboxMessage['payload'],
        createdAt: r.created_at,
        availableAt: r.available_at,
        attempts: Number(r.attempts) + 1,
      }));
    },
    async markTried(id, claimedUntil) {
      const res = await db
        .updateTable('outbox')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('claimed_until', '=', claimedUntil)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    // A later claim always sets a later lease (it needs the earlier one lapsed), so the lease
    // tells this worker's claim from another's without a token column.
    async markSent(id, claimedUntil, at) {
      const res = await db
        .updateTable('outbox')
        .set({ sent_at: at, claimed_until: null, last_error: null })
        .where('id', '=', id)
        .where('claimed_until', '=', claimedUntil)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async markFailed(id, claimedUntil, error, retryAt) {
      const res = await db
        .updateTable('outbox')
        .set({ claimed_until: null, last_error: error.slice(0, 500), available_at: retryAt })
        .where('id', '=', id)
        .where('claimed_until', '=', claimedUntil)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async markSkipped(id, claimedUntil, reason, at) {
      const res = await db
        .updateTable('outbox')
        .set({ skipped_at: at, skipped_reason: reason, claimed_until: null })
        .where('id', '=', id)
        .where('claimed_until', '=', claimedUntil)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async retryFailedNow(now, errorPrefix) {
      const res = await db
        .updateTable('outbox')
        .set({ available_at: now })
        .where('sent_at', 'is', null)
        .where('skipped_at', 'is', null)
        .where('available_at', '>', now)
        // The prefix is the worker's own words, without % or _.
        .where('last_error', 'like', `${errorPrefix}%`)
        .executeTakeFirst();
      return Number(res.numUpdatedRows);
    },
    async pending() {
      const r = await db
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('sent_at', 'is', null)
        .where('skipped_at', 'is', null)
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async failing() {
      const r = await db
        .selectFrom('outbox')
        .select((eb) => [
          eb.fn.countAll<number | string>().as('n'),
          eb.fn.min<string | null>('created_at').as('oldest'),
        ])
        .where('sent_at', 'is', null)
        .where('skipped_at', 'is', null)
        .where('last_error', 'is not', null)
        .executeTakeFirst();
      return { count: Number(r?.n ?? 0), oldestQueuedAt: r?.oldest ?? null };
    },
  };
};
