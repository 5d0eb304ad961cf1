import type { ConcernRepo } from '../../core/concerns/ports.ts';
import type { TxContext } from './tx.ts';

/** Which concern a sending's key made: a second sending under the key gets the first. */
export const submissionMethods = (
  ctx: TxContext,
): Pick<ConcernRepo, 'wasSubmitted' | 'claimSubmission'> => {
  const { db } = ctx;
  return {
    async wasSubmitted(authorId, key) {
      const row = await db
        .selectFrom('concern_submissions')
        .select('concern_id')
        .where('author_id', '=', authorId)
        .where('submission_key', '=', key)
        .executeTakeFirst();
      return row !== undefined;
    },
    async claimSubmission(s) {
      // On PostgreSQL a concurrent sending under the same key waits here for the first to commit.
      const inserted = await db
        .insertInto('concern_submissions')
        .values({
          author_id: s.authorId,
          submission_key: s.key,
          concern_id: s.concernId,
          school_id: s.schoolId,
          created_at: s.at,
        })
        .onConflict((oc) => oc.columns(['author_id', 'submission_key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { earlier: null };
      const row = await db
        .selectFrom('concern_submissions')
        .select('concern_id')
        .where('author_id', '=', s.authorId)
        .where('submission_key', '=', s.key)
        .where('school_id', '=', s.schoolId)
        .executeTakeFirst();
      return { earlier: row?.concern_id ?? null };
    },
  };
};
