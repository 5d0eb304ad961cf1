import { sql, type ExpressionBuilder } from 'kysely';
import type { ConcernStatus } from '../../core/concerns/concern.ts';
import type { ConcernRepo, ConcernRow } from '../../core/concerns/ports.ts';
import type { Database } from '../schema.ts';
import { pupilNamesText } from './pupils.ts';
import { staffNameText } from './staff.ts';
import { containsText, fromBool, type TxContext } from './tx.ts';

type Concerns = ExpressionBuilder<Database, 'concerns'>;

/**
 * One searched word, found in the concern's reference, the names of any child linked to it (in
 * whatever role), or its recorder's name. Only columns kept in clear are searched: the narrative
 * is sealed, and nothing is opened to search it. The children and staff who match are found once
 * for the word, not again for each concern.
 */
const wordMatches = (eb: Concerns, schoolId: string, word: string) =>
  eb.or([
    // References are ASCII ("C-00042"), so lower() is the same on both engines.
    containsText(sql<string>`lower(${sql.ref('concerns.reference')})`, word),
    eb(
      'concerns.id',
      'in',
      eb
        .selectFrom('concern_children as cc')
        .select('cc.concern_id')
        .where('cc.school_id', '=', schoolId)
        .where(
          'cc.pupil_id',
          'in',
          eb
            .selectFrom('pupils as p')
            .select('p.id')
            .where('p.school_id', '=', schoolId)
            .where(containsText(pupilNamesText('p'), word)),
        ),
    ),
    eb(
      'concerns.recorded_by',
      'in',
      eb
        .selectFrom('staff as s')
        .select('s.id')
        .where('s.school_id', '=', schoolId)
        .where(containsText(staffNameText('s'), word)),
    ),
  ]);

/** Lists of concerns (the DSL team's inbox, a recorder's own) a page at a time, and counts. */
export const inboxMethods = (
  ctx: TxContext,
  toConcern: (row: Database['concerns']) => ConcernRow,
): Pick<ConcernRepo, 'list' | 'counts'> => {
  const { db } = ctx;
  return {
    async list(schoolId, q) {
      let query = db.selectFrom('concerns').selectAll().where('school_id', '=', schoolId);
      if (q.status) query = query.where('status', '=', q.status);
      if (q.urgent) query = query.where('immediate_risk', '=', 1);
      if (q.recordedBy) query = query.where('recorded_by', '=', q.recordedBy);
      if (q.awaitingAnswer)
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('reconsiderations as rc')
              .select('rc.id')
              .whereRef('rc.concern_id', '=', 'concerns.id')
              .whereRef('rc.school_id', '=', 'concerns.school_id')
              .where('rc.answered_at', 'is', null),
          ),
        );
      if (q.ownerId === null) query = query.where('owner_id', 'is', null);
      else if (q.ownerId !== undefined) query = query.where('owner_id', '=', q.ownerId);
      // Each word on its own, so "amy smi" finds Amy Smith, and "smith jones" Amy Smith's concern
      // recorded by Mr Jones.
      for (const word of q.matching ?? [])
        query = query.where((eb) => wordMatches(eb, schoolId, word));
      const after = q.before;
      if (after)
        // Row values compare column by column, in the order the list is sorted by.
        query = query.where(({ eb, refTuple, tuple }) =>
          eb(
            refTuple('immediate_risk', 'recorded_at', 'id'),
            '<',
            tuple(fromBool(after.immediateRisk), after.recordedAt, after.id),
          ),
        );
      // The id breaks ties between concerns recorded in the same millisecond, so no page repeats
      // or skips one.
      const rows = await (q.newestFirst ? query : query.orderBy('immediate_risk', 'desc'))
        .orderBy('recorded_at', 'desc')
        .orderBy('id', 'desc')
        .limit(q.limit)
        .execute();
      return rows.map(toConcern);
    },
    async counts(schoolId) {
      const rows = await db
        .selectFrom('concerns')
        .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('school_id', '=', schoolId)
        .groupBy('status')
        .execute();
      const counts: Record<ConcernStatus, number> = {
        new: 0,
        in_progress: 0,
        waiting: 0,
        closed: 0,
      };
      for (const r of rows) counts[r.status as ConcernStatus] = Number(r.n);
      return counts;
    },
  };
};
