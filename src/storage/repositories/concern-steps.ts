import type { Outcome } from '../../core/concerns/concern.ts';
import type { ConcernRepo } from '../../core/concerns/ports.ts';
import type { TxContext } from './tx.ts';

/** A concern's decisions and actions, as the DSL team records them (D30). */
export const stepMethods = (
  ctx: TxContext,
): Pick<
  ConcernRepo,
  'addDecision' | 'decisions' | 'addAction' | 'actions' | 'openActionsOwnedBy' | 'completeAction'
> => {
  const { db } = ctx;
  return {
    async addDecision(d) {
      await db
        .insertInto('concern_decisions')
        .values({
          id: d.id,
          concern_id: d.concernId,
          school_id: d.schoolId,
          decided_by: d.decidedBy,
          at: d.at,
          outcome: d.outcome,
          level_of_need: d.levelOfNeed,
          sealed: d.sealed,
        })
        .execute();
    },
    async decisions(schoolId, concernId) {
      const rows = await db
        .selectFrom('concern_decisions')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('concern_id', '=', concernId)
        .orderBy('at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        decidedBy: r.decided_by,
        at: r.at,
        outcome: r.outcome as Outcome,
        levelOfNeed: r.level_of_need,
        sealed: r.sealed,
      }));
    },
    async addAction(a) {
      await db
        .insertInto('concern_actions')
        .values({
          id: a.id,
          concern_id: a.concernId,
          school_id: a.schoolId,
          owner_id: a.ownerId,
          due_on: a.dueOn,
          sealed: a.sealed,
          created_at: a.createdAt,
          done_at: null,
        })
        .execute();
    },
    async actions(schoolId, concernId) {
      const rows = await db
        .selectFrom('concern_actions')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('concern_id', '=', concernId)
        .orderBy('due_on')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        ownerId: r.owner_id,
        dueOn: r.due_on,
        sealed: r.sealed,
        createdAt: r.created_at,
        doneAt: r.done_at,
      }));
    },
    async openActionsOwnedBy(schoolId, ownerId) {
      const rows = await db
        .selectFrom('concern_actions')
        .select(['id', 'concern_id', 'due_on', 'sealed', 'created_at'])
        .where('school_id', '=', schoolId)
        .where('owner_id', '=', ownerId)
        .where('done_at', 'is', null)
        .orderBy('due_on')
        .orderBy('id')
        .limit(200)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        concernId: r.concern_id,
        dueOn: r.due_on,
        sealed: r.sealed,
        createdAt: r.created_at,
      }));
    },
    async completeAction(schoolId, concernId, actionId, at) {
      const res = await db
        .updateTable('concern_actions')
        .set({ done_at: at })
        .where('school_id', '=', schoolId)
        .where('concern_id', '=', concernId)
        .where('id', '=', actionId)
        .where('done_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
};
