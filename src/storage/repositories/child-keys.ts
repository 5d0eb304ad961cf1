import type { ChildKeyRepo } from '../../core/concerns/ports.ts';
import type { TxContext } from './tx.ts';

export const childKeyRepo = ({ db }: TxContext): ChildKeyRepo => ({
  async get(pupilId) {
    const row = await db
      .selectFrom('child_keys')
      .select(['wrapped_key', 'destroyed_at'])
      .where('pupil_id', '=', pupilId)
      .executeTakeFirst();
    return row ? { wrappedKey: row.wrapped_key, destroyedAt: row.destroyed_at } : null;
  },
  async create(schoolId, pupilId, wrappedKey, at) {
    await db
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
