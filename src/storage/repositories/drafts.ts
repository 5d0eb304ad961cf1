import type { DraftRepo } from '../../core/concerns/ports.ts';
import type { TxContext } from './tx.ts';
import { compiledOnce } from '../compiled-once.ts';

/** Run with every concern Haven's client sends, whose key is its draft's id. */
const deleteDraft = compiledOnce<{ schoolId: string; authorId: string; id: string }>((db, p) =>
  db
    .deleteFrom('concern_drafts')
    .where(
      'school_id',
      '=',
      p((v) => v.schoolId),
    )
    .where(
      'author_id',
      '=',
      p((v) => v.authorId),
    )
    .where(
      'id',
      '=',
      p((v) => v.id),
    ),
);

/** Drafts belong to their author: every query is scoped by school and author. */
export const draftRepo = (ctx: TxContext): DraftRepo => {
  const { db } = ctx;
  return {
    async put(d) {
      const existing = await db
        .selectFrom('concern_drafts')
        .select(['author_id', 'school_id'])
        .where('id', '=', d.id)
        .executeTakeFirst();
      if (existing && (existing.author_id !== d.authorId || existing.school_id !== d.schoolId))
        return false;
      await db
        .insertInto('concern_drafts')
        .values({
          id: d.id,
          school_id: d.schoolId,
          author_id: d.authorId,
          updated_at: d.updatedAt,
          sealed: d.sealed,
        })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ updated_at: d.updatedAt, sealed: d.sealed }),
        )
        .execute();
      return true;
    },
    async list(schoolId, authorId) {
      const rows = await db
        .selectFrom('concern_drafts')
        .select(['id', 'updated_at', 'sealed'])
        .where('school_id', '=', schoolId)
        .where('author_id', '=', authorId)
        .orderBy('updated_at', 'desc')
        .execute();
      return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at, sealed: r.sealed }));
    },
    async delete(schoolId, authorId, id) {
      const res = await deleteDraft(ctx, { schoolId, authorId, id });
      return Number(res.numAffectedRows ?? 0) === 1;
    },
  };
};
