import type { Category } from '../../core/concerns/categories.ts';
import type { CategoryRepo } from '../../core/concerns/ports.ts';
import type { Database } from '../schema.ts';
import { fromBool, toBool, type TxContext } from './tx.ts';
import { compiledOnce } from '../compiled-once.ts';

// Checked for every concern recorded.
const activeCodesQuery = compiledOnce<
  { schoolId: string; ids: string[] },
  { id: string; code: string }
>((db, p, n) =>
  db
    .selectFrom('categories')
    .select(['id', 'code'])
    .where(
      'school_id',
      '=',
      p((v) => v.schoolId),
    )
    .where(
      'id',
      'in',
      Array.from({ length: n }, (_, i) => p((v) => v.ids[i] as string)),
    )
    .where('active', '=', fromBool(true)),
);

const toCategory = (r: Database['categories']): Category => ({
  id: r.id,
  code: r.code,
  label: r.label,
  group: r.grp,
  active: toBool(r.active),
});

export const categoryRepo = (ctx: TxContext): CategoryRepo => {
  const { db } = ctx;
  return {
    async list(schoolId) {
      const rows = await db
        .selectFrom('categories')
        .selectAll()
        .where('school_id', '=', schoolId)
        .orderBy('sort')
        .execute();
      return rows.map(toCategory);
    },
    async activeCodes(schoolId, ids) {
      if (!ids.length) return new Map();
      const unique = [...new Set(ids)];
      const { rows } = await activeCodesQuery(ctx, { schoolId, ids: unique }, unique.length);
      return new Map(rows.map((r) => [r.id, r.code]));
    },
    async seed(schoolId, categories) {
      if (!categories.length) return;
      await db
        .insertInto('categories')
        .values(
          categories.map((c, i) => ({
            id: c.id,
            school_id: schoolId,
            code: c.code,
            label: c.label,
            grp: c.group,
            active: 1,
            sort: i,
          })),
        )
        .onConflict((oc) => oc.columns(['school_id', 'code']).doNothing())
        .execute();
    },
    async create(schoolId, c) {
      const max = await db
        .selectFrom('categories')
        .select((eb) => eb.fn.max('sort').as('m'))
        .where('school_id', '=', schoolId)
        .executeTakeFirst();
      const row = {
        id: c.id,
        school_id: schoolId,
        code: c.code,
        label: c.label,
        grp: c.group,
        active: 1,
        sort: Number(max?.m ?? 0) + 1,
      };
      await db.insertInto('categories').values(row).execute();
      return toCategory(row);
    },
    async update(schoolId, id, patch) {
      const set: Partial<Database['categories']> = {};
      if (patch.label !== undefined) set.label = patch.label;
      if (patch.active !== undefined) set.active = fromBool(patch.active);
      if (Object.keys(set).length)
        await db
          .updateTable('categories')
          .set(set)
          .where('school_id', '=', schoolId)
          .where('id', '=', id)
          .execute();
      const row = await db
        .selectFrom('categories')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toCategory(row) : null;
    },
  };
};
