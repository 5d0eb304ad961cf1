import type { SessionRecord, SessionRepo, SessionStage } from '../../core/auth/ports.ts';
import type { Database } from '../schema.ts';
import type { TxContext } from './tx.ts';
import { compiledOnce, firstRow } from '../compiled-once.ts';

// Read on every signed-in request.
const sessionById = compiledOnce<{ idHash: string }, Database['sessions']>((db, p) =>
  db
    .selectFrom('sessions')
    .selectAll()
    .where(
      'id_hash',
      '=',
      p((v) => v.idHash),
    ),
);

export const toSession = (r: Database['sessions']): SessionRecord => ({
  idHash: r.id_hash,
  userId: r.user_id,
  schoolId: r.school_id,
  stage: r.stage as SessionStage,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
  idleTimeoutSeconds: r.idle_timeout_seconds,
  pendingMfaSecret: r.pending_mfa_secret,
  ip: r.ip,
  userAgent: r.user_agent,
});

export const sessionRepo = (ctx: TxContext): SessionRepo => {
  const { db } = ctx;
  return {
    async create(s) {
      await db
        .insertInto('sessions')
        .values({
          id_hash: s.idHash,
          user_id: s.userId,
          school_id: s.schoolId,
          stage: s.stage,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          expires_at: s.expiresAt,
          idle_timeout_seconds: s.idleTimeoutSeconds,
          pending_mfa_secret: s.pendingMfaSecret,
          ip: s.ip,
          user_agent: s.userAgent,
        })
        .execute();
    },
    async get(idHash) {
      const row = firstRow(await sessionById(ctx, { idHash }));
      return row ? toSession(row) : null;
    },
    async touch(idHash, at) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: at.toISOString() })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async update(idHash, patch) {
      const set: Partial<Database['sessions']> = {};
      if (patch.stage !== undefined) set.stage = patch.stage;
      if (patch.pendingMfaSecret !== undefined) set.pending_mfa_secret = patch.pendingMfaSecret;
      if (Object.keys(set).length)
        await db.updateTable('sessions').set(set).where('id_hash', '=', idHash).execute();
    },
    async delete(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteForUser(userId) {
      const res = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
};
