import type { ChildKeyRepo } from '../../core/concerns/ports.ts';
import type { TxContext } from './tx.ts';
import { compiledOnce, firstRow } from '../compiled-once.ts';

// Read whenever anything about a child is sealed or opened.
const keyQuery = compiledOnce<
  { pupilId: string },
  { wrapped_key: string | null; destroyed_at: string | null }
>((db, p) =>
  db
    .selectFrom('child_keys')
    .select(['wrapped_key', 'destroyed_at'])
    .where(
      'pupil_id',
      '=',
      p((v) => v.pupilId),
    ),
);

export const childKeyRepo = (ctx: TxContext): ChildKeyRepo => ({
  async get(pupilId) {
    const row = firstRow(await keyQuery(ctx, { pupilId }));
    return row ? { wrappedKey: row.wrapped_key, destroyedAt: row.destroyed_at } : null;
  },
  async create(schoolId, pupilId, wrappedKey, at) {
    await ctx.db
      .insertInto('child_keys')
      .values({
        pupil_id: pupilId,
        school_id: schoolId,
        wrapped_key: wrappedKey,
        created_at: at.toISOString(),
        destroyed_at: null,
      })
      .onConflict((oc) => oc.column('pupil_id').doNothing())
      .execute();
  },
});
