import {
  SEALED_SUBJECTS,
  type DeadlineRepo,
  type DeadlineRow,
} from '../../core/deadlines/ports.ts';
import type { RuleId } from '../../core/deadlines/rules.ts';
import type { DeadlineState } from '../../core/deadlines/step.ts';
import type { Database } from '../schema.ts';
import type { TxContext } from './tx.ts';

const toDeadline = (r: Database['deadlines']): DeadlineRow => ({
  id: r.id,
  schoolId: r.school_id,
  rule: r.rule as RuleId,
  subjectType: r.subject_type as DeadlineRow['subjectType'],
  subjectId: r.subject_id,
  pupilId: r.pupil_id,
  ownerId: r.owner_id,
  startsAt: r.starts_at,
  dueAt: r.due_at,
  remindAt: r.remind_at,
  basis: r.basis,
  state: r.state as DeadlineState,
  stage: Number(r.stage),
  nextCheckAt: r.next_check_at,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
  waivedReason: r.waived_reason,
  waivedReasonSealed: r.waived_reason_sealed,
  createdAt: r.created_at,
});

const WATCHED: DeadlineState[] = ['open', 'missed'];

export const deadlineRepo = ({ db, engine }: TxContext): DeadlineRepo => ({
  async add(d) {
    await db
      .insertInto('deadlines')
      .values({
        id: d.id,
        school_id: d.schoolId,
        rule: d.rule,
        subject_type: d.subjectType,
        subject_id: d.subjectId,
        pupil_id: d.pupilId,
        owner_id: d.ownerId,
        starts_at: d.startsAt,
        due_at: d.dueAt,
        remind_at: d.remindAt,
        basis: d.basis,
        state: d.state,
        stage: d.stage,
        next_check_at: d.nextCheckAt,
        closed_at: d.closedAt,
        closed_by: d.closedBy,
        waived_reason: d.waivedReason,
        waived_reason_sealed: d.waivedReasonSealed,
        created_at: d.createdAt,
      })
      .execute();
  },
  async get(schoolId, id) {
    const r = await db
      .selectFrom('deadlines')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toDeadline(r) : null;
  },
  async list(schoolId, q) {
    let query = db
      .selectFrom('deadlines')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('state', 'in', q.states);
    if (q.ownerId) query = query.where('owner_id', '=', q.ownerId);
    if (q.pupilId) query = query.where('pupil_id', '=', q.pupilId);
    if (!q.includeSealed) query = query.where('subject_type', 'not in', [...SEALED_SUBJECTS]);
    const rows = await query.orderBy('due_at').orderBy('id').limit(q.limit).execute();
    return rows.map(toDeadline);
  },
  async ofSubject(schoolId, subjectId) {
    const rows = await db
      .selectFrom('deadlines')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('subject_id', '=', subjectId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toDeadline);
  },
  async watchedFor(schoolId, subjectId, rules) {
    if (!rules.length) return [];
    const rows = await db
      .selectFrom('deadlines')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('subject_id', '=', subjectId)
      .where('rule', 'in', [...rules])
      .where('state', 'in', WATCHED)
      .execute();
    return rows.map(toDeadline);
  },
  async close(schoolId, id, patch) {
    await db
      .updateTable('deadlines')
      .set({
        state: patch.state,
        closed_at: patch.closedAt,
        closed_by: patch.closedBy,
        waived_reason: patch.waivedReason,
        waived_reason_sealed: patch.waivedReasonSealed ?? null,
        next_check_at: null,
      })
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .execute();
  },
  async claimDue(now, limit) {
    let query = db
      .selectFrom('deadlines')
      .selectAll()
      .where('next_check_at', '<=', now)
      .orderBy('next_check_at')
      .limit(limit);
    if (engine === 'postgres') query = query.forUpdate().skipLocked();
    return (await query.execute()).map(toDeadline);
  },
  async advance(id, patch) {
    await db
      .updateTable('deadlines')
      .set({ state: patch.state, stage: patch.stage, next_check_at: patch.nextCheckAt })
      .where('id', '=', id)
      .execute();
  },
  async settings(schoolId) {
    const rows = await db
      .selectFrom('deadline_settings')
      .select(['rule', 'value'])
      .where('school_id', '=', schoolId)
      .execute();
    return Object.fromEntries(rows.map((r) => [r.rule, Number(r.value)]));
  },
  async setSetting(schoolId, rule, value) {
    await db
      .insertInto('deadline_settings')
      .values({ school_id: schoolId, rule, value })
      .onConflict((oc) => oc.columns(['school_id', 'rule']).doUpdateSet({ value }))
      .execute();
  },
  async counts(schoolId, now, ownerId, includeSealed = false) {
    let query = db
      .selectFrom('deadlines')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('open'),
        eb.fn
          .sum<number | string | null>(eb.case().when('due_at', '<', now).then(1).else(0).end())
          .as('overdue'),
      ])
      .where('school_id', '=', schoolId)
      .where('state', 'in', WATCHED);
    if (ownerId) query = query.where('owner_id', '=', ownerId);
    if (!includeSealed) query = query.where('subject_type', 'not in', [...SEALED_SUBJECTS]);
    const r = await query.executeTakeFirstOrThrow();
    return { open: Number(r.open), overdue: Number(r.overdue ?? 0) };
  },
});
