import type { ChildRole, ConcernStatus } from '../../core/concerns/concern.ts';
import type { ConcernRepo, ConcernRow } from '../../core/concerns/ports.ts';
import type { Database } from '../schema.ts';
import { fromBool, nextCounter, toBool, type TxContext } from './tx.ts';
import type { Insertable } from 'kysely';
import { compiledOnce, insertRows, rowSlots } from '../compiled-once.ts';
import { inboxMethods } from './concern-inbox.ts';
import { reconsiderationMethods } from './concern-reconsiderations.ts';
import { stepMethods } from './concern-steps.ts';
import { submissionMethods } from './concern-submissions.ts';

// Written for every concern recorded.
const CONCERN_COLUMNS = [
  'id',
  'school_id',
  'reference',
  'kind',
  'recorded_by',
  'recorded_at',
  'incident_at',
  'primary_category_id',
  'tag_ids',
  'immediate_risk',
  'spoke_to_dsl',
  'status',
  'owner_id',
  'acknowledged_at',
  'acknowledged_by',
  'content_hash',
] as const;
const CHILD_COLUMNS = [
  'concern_id',
  'pupil_id',
  'school_id',
  'role',
  'position',
  'sealed',
] as const;
const insertConcern = insertRows('concerns', CONCERN_COLUMNS);
const insertChildren = insertRows('concern_children', CHILD_COLUMNS);
// On PostgreSQL the concern and its children go in one statement, inside the school's lock.
const insertWithChildren = compiledOnce<{
  concern: Insertable<Database['concerns']>;
  children: readonly Insertable<Database['concern_children']>[];
}>(
  (db, p, n) =>
    db
      .with('concern', (qc) =>
        qc.insertInto('concerns').values(rowSlots(p, (v) => v.concern, CONCERN_COLUMNS)),
      )
      .insertInto('concern_children')
      .values(
        Array.from({ length: n }, (_, i) => rowSlots(p, (v) => v.children[i], CHILD_COLUMNS)),
      ),
  { answerless: true },
);

const toConcern = (r: Database['concerns']): ConcernRow => ({
  id: r.id,
  schoolId: r.school_id,
  reference: r.reference,
  kind: r.kind as ConcernRow['kind'],
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
  incidentAt: r.incident_at,
  primaryCategoryId: r.primary_category_id,
  tagIds: JSON.parse(r.tag_ids) as string[],
  immediateRisk: toBool(r.immediate_risk),
  spokeToDsl: toBool(r.spoke_to_dsl),
  status: r.status as ConcernStatus,
  ownerId: r.owner_id,
  acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by,
  contentHash: r.content_hash,
});

export const concernRepo = (ctx: TxContext): ConcernRepo => {
  const { db } = ctx;
  return {
    nextReferenceNumber: (schoolId) => nextCounter(ctx, schoolId, 'concern'),
    async create(c, children) {
      const concern = {
        id: c.id,
        school_id: c.schoolId,
        reference: c.reference,
        kind: c.kind,
        recorded_by: c.recordedBy,
        recorded_at: c.recordedAt,
        incident_at: c.incidentAt,
        primary_category_id: c.primaryCategoryId,
        tag_ids: JSON.stringify(c.tagIds),
        immediate_risk: fromBool(c.immediateRisk),
        spoke_to_dsl: fromBool(c.spokeToDsl),
        status: c.status,
        owner_id: c.ownerId,
        acknowledged_at: c.acknowledgedAt,
        acknowledged_by: c.acknowledgedBy,
        content_hash: c.contentHash,
      };
      const rows = children.map((ch, position) => ({
        concern_id: c.id,
        pupil_id: ch.pupilId,
        school_id: c.schoolId,
        role: ch.role,
        position,
        sealed: ch.sealed,
      }));
      if (ctx.engine === 'postgres' && rows.length) {
        await insertWithChildren(ctx, { concern, children: rows }, rows.length);
        return;
      }
      await insertConcern(ctx, [concern]);
      await insertChildren(ctx, rows);
    },
    async get(schoolId, id) {
      const row = await db
        .selectFrom('concerns')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toConcern(row) : null;
    },
    async lock(schoolId, id) {
      // SQLite's transactions are serial already.
      let query = db
        .selectFrom('concerns')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', id);
      if (ctx.engine === 'postgres') query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? toConcern(row) : null;
    },
    async children(schoolId, ids) {
      if (!ids.length) return [];
      const rows = await db
        .selectFrom('concern_children')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('concern_id', 'in', ids)
        .orderBy('concern_id')
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        concernId: r.concern_id,
        pupilId: r.pupil_id,
        role: r.role as ChildRole,
        sealed: r.sealed,
      }));
    },
    async update(schoolId, id, patch) {
      const set: Partial<Database['concerns']> = {};
      if (patch.status !== undefined) set.status = patch.status;
      if (patch.ownerId !== undefined) set.owner_id = patch.ownerId;
      if (patch.acknowledgedAt !== undefined) set.acknowledged_at = patch.acknowledgedAt;
      if (patch.acknowledgedBy !== undefined) set.acknowledged_by = patch.acknowledgedBy;
      if (Object.keys(set).length)
        await db
          .updateTable('concerns')
          .set(set)
          .where('school_id', '=', schoolId)
          .where('id', '=', id)
          .execute();
    },
    ...inboxMethods(ctx, toConcern),
    ...submissionMethods(ctx),
    ...stepMethods(ctx),
    ...reconsiderationMethods(ctx),
  };
};
