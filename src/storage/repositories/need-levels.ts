import type { NeedLevel } from '../../core/concerns/categories.ts';
import type { NeedLevelRepo } from '../../core/concerns/ports.ts';
import type { Database } from '../schema.ts';
import { fromBool, toBool, type TxContext } from './tx.ts';

const toLevel = (r: Database['need_levels']): NeedLevel => ({
  id: r.id,
  code: r.code,
  label: r.label,
  description: r.description,
  position: Number(r.position),
  active: toBool(r.active),
});

export const needLevelRepo = (ctx: TxContext): NeedLevelRepo => {
  const { db } = ctx;
  const one = (schoolId: string, id: string) =>
    db
      .selectFrom('need_levels')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .executeTakeFirst();
  return {
    async get(schoolId, opts = {}) {
      let model = db.selectFrom('need_models').selectAll().where('school_id', '=', schoolId);
      // SQLite's transactions are serial already.
      if (opts.lock && ctx.engine === 'postgres') model = model.forUpdate();
      const row = await model.executeTakeFirst();
      if (!row) return null;
      const levels = await db
        .selectFrom('need_levels')
        .selectAll()
        .where('school_id', '=', schoolId)
        .orderBy('position')
        .orderBy('code')
        .execute();
      return { model: row.name, levels: levels.map(toLevel) };
    },
    async seed(schoolId, model, levels) {
      // Two first requests at once both seed; the keys let the second add nothing.
      await db
        .insertInto('need_models')
        .values({ school_id: schoolId, name: model })
        .onConflict((oc) => oc.column('school_id').doNothing())
        .execute();
      if (!levels.length) return;
      await db
        .insertInto('need_levels')
        .values(
          levels.map((l, i) => ({
            id: l.id,
            school_id: schoolId,
            code: l.code,
            label: l.label,
            description: l.description,
            position: i,
            active: 1,
          })),
        )
        .onConflict((oc) => oc.columns(['school_id', 'code']).doNothing())
        .execute();
    },
    async create(schoolId, l) {
      const max = await db
        .selectFrom('need_levels')
        .select((eb) => eb.fn.max('position').as('m'))
        .where('school_id', '=', schoolId)
        .executeTakeFirst();
      const row = {
        id: l.id,
        school_id: schoolId,
        code: l.code,
        label: l.label,
        description: l.description,
        position: max?.m === null || max?.m === undefined ? 0 : Number(max.m) + 1,
        active: 1,
      };
      await db.insertInto('need_levels').values(row).execute();
      return toLevel(row);
    },
    async update(schoolId, id, patch) {
      const set: Partial<Database['need_levels']> = {};
      if (patch.label !== undefined) set.label = patch.label;
      if (patch.description !== undefined) set.description = patch.description;
      if (patch.active !== undefined) set.active = fromBool(patch.active);
      if (Object.keys(set).length)
        await db
          .updateTable('need_levels')
          .set(set)
          .where('school_id', '=', schoolId)
          .where('id', '=', id)
          .execute();
      const row = await one(schoolId, id);
      return row ? toLevel(row) : null;
    },
    async reorder(schoolId, ids) {
      for (const [position, id] of ids.entries())
        await db
          .updateTable('need_levels')
          .set({ position })
          .where('school_id', '=', schoolId)
          .where('id', '=', id)
          .execute();
    },
    async rename(schoolId, model) {
      await db
        .updateTable('need_models')
        .set({ name: model })
        .where('school_id', '=', schoolId)
        .execute();
    },
  };
};
