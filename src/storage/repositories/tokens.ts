import type { TokenPurpose, TokenRecord, TokenRepo } from '../../core/auth/ports.ts';
import type { TxContext } from './tx.ts';

export const tokenRepo = ({ db }: TxContext): TokenRepo => ({
  async create(t) {
    await db
      .insertInto('one_time_tokens')
      .values({
        hash: t.hash,
        purpose: t.purpose,
        school_id: t.schoolId,
        user_id: t.userId,
        created_at: t.createdAt,
        expires_at: t.expiresAt,
        used_at: null,
      })
      .execute();
  },
  async consume(hash, purpose, at) {
    const now = at.toISOString();
    const row = await db
      .updateTable('one_time_tokens')
      .set({ used_at: now })
      .where('hash', '=', hash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    const rec: TokenRecord = {
      hash: row.hash,
      purpose: row.purpose as TokenPurpose,
      schoolId: row.school_id,
      userId: row.user_id,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      usedAt: row.used_at,
    };
    return rec;
  },
  async revokeForUser(userId, purpose, at) {
    await db
      .updateTable('one_time_tokens')
      .set({ used_at: at.toISOString() })
      .where('user_id', '=', userId)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .execute();
  },
});
