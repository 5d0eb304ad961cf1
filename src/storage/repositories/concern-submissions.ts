import type { ConcernRepo } from '../../core/concerns/ports.ts';
import type { TxContext } from './tx.ts';
import { compiledOnce } from '../compiled-once.ts';

interface Claim {
  authorId: string;
  key: string;
  concernId: string;
  schoolId: string;
  at: string;
}

/** Run with every concern Haven's client sends. */
const claimKey = compiledOnce<Claim>((db, p) =>
  db
    .insertInto('concern_submissions')
    .values({
      author_id: p((v) => v.authorId),
      submission_key: p((v) => v.key),
      concern_id: p((v) => v.concernId),
      school_id: p((v) => v.schoolId),
      created_at: p((v) => v.at),
    })
    .onConflict((oc) => oc.columns(['author_id', 'submission_key']).doNothing()),
);

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
      const inserted = await claimKey(ctx, s);
      if (Number(inserted.numAffectedRows ?? 0) === 1) return { earlier: null };
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
