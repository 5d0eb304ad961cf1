import type { ConcernRepo } from '../../core/concerns/ports.ts';
import type { TxContext } from './tx.ts';

/** Requests to reconsider a concern, and the DSL team's answers (D19). */
export const reconsiderationMethods = (
  ctx: TxContext,
): Pick<
  ConcernRepo,
  'addReconsideration' | 'reconsiderations' | 'awaitingAnswer' | 'answerReconsideration'
> => {
  const { db } = ctx;
  return {
    async addReconsideration(r) {
      // The partial unique index lets one request per concern wait; a second does nothing.
      const res = await db
        .insertInto('reconsiderations')
        .values({
          id: r.id,
          concern_id: r.concernId,
          school_id: r.schoolId,
          requested_by: r.requestedBy,
          requested_at: r.requestedAt,
          reason_sealed: r.reasonSealed,
          answered_by: null,
          answered_at: null,
          answer_sealed: null,
        })
        .onConflict((oc) => oc.column('concern_id').where('answered_at', 'is', null).doNothing())
        .executeTakeFirst();
      return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async reconsiderations(schoolId, concernIds) {
      if (!concernIds.length) return [];
      const rows = await db
        .selectFrom('reconsiderations')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('concern_id', 'in', concernIds)
        .orderBy('requested_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        concernId: r.concern_id,
        schoolId: r.school_id,
        requestedBy: r.requested_by,
        requestedAt: r.requested_at,
        reasonSealed: r.reason_sealed,
        answeredBy: r.answered_by,
        answeredAt: r.answered_at,
        answerSealed: r.answer_sealed,
      }));
    },
    async awaitingAnswer(schoolId, concernIds) {
      if (concernIds && !concernIds.length) return [];
      let query = db
        .selectFrom('reconsiderations')
        .select('concern_id')
        .where('school_id', '=', schoolId)
        .where('answered_at', 'is', null);
      if (concernIds) query = query.where('concern_id', 'in', concernIds);
      return (await query.execute()).map((r) => r.concern_id);
    },
    async answerReconsideration(schoolId, requestId, a) {
      const res = await db
        .updateTable('reconsiderations')
        .set({
          answered_by: a.answeredBy,
          answered_at: a.answeredAt,
          answer_sealed: a.answerSealed,
        })
        .where('school_id', '=', schoolId)
        .where('id', '=', requestId)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
};
