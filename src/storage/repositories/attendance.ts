import type {
  AttendanceRepo,
  LaNoticeRow,
  MarkRow,
  PlanKind,
  PlanRepo,
  PlanRow,
} from '../../core/attendance/ports.ts';
import type { Session } from '../../core/attendance/codes.ts';
import type { Database } from '../schema.ts';
import type { TxContext } from './tx.ts';

const toNotice = (r: Database['attendance_la_notices']): LaNoticeRow => ({
  id: r.id,
  schoolId: r.school_id,
  pupilId: r.pupil_id,
  runFirst: r.run_first,
  reachedOn: r.reached_on,
  openedAt: r.opened_at,
  notifiedAt: r.notified_at,
  notifiedTo: r.notified_to,
  reference: r.reference,
  notifiedBy: r.notified_by,
});

const toPlan = (r: Database['welfare_plans']): PlanRow => ({
  id: r.id,
  schoolId: r.school_id,
  pupilId: r.pupil_id,
  kind: r.kind as PlanKind,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

/** Rows per statement: well under both engines' limits on bound parameters. */
const CHUNK = 500;

export const attendanceRepo = ({ db }: TxContext): AttendanceRepo => ({
  async upsertMarks(rows: MarkRow[]) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insertInto('attendance_marks')
        .values(
          rows.slice(i, i + CHUNK).map((m) => ({
            school_id: m.schoolId,
            pupil_id: m.pupilId,
            date: m.date,
            session: m.session,
            code: m.code,
            source: m.source,
            recorded_by: m.recordedBy,
            recorded_at: m.recordedAt,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['school_id', 'pupil_id', 'date', 'session']).doUpdateSet((eb) => ({
            code: eb.ref('excluded.code'),
            source: eb.ref('excluded.source'),
            recorded_by: eb.ref('excluded.recorded_by'),
            recorded_at: eb.ref('excluded.recorded_at'),
          })),
        )
        .execute();
    }
  },
  async marks(schoolId, pupilId, from) {
    let q = db
      .selectFrom('attendance_marks')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('pupil_id', '=', pupilId);
    if (from) q = q.where('date', '>=', from);
    const rows = await q.orderBy('date', 'desc').orderBy('session').execute();
    return rows.map((r) => ({
      schoolId: r.school_id,
      pupilId: r.pupil_id,
      date: r.date,
      session: r.session as Session,
      code: r.code,
      source: r.source as MarkRow['source'],
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    }));
  },
  async pupilsByUpn(schoolId, upns) {
    const found = new Map<string, string>();
    for (let i = 0; i < upns.length; i += CHUNK) {
      const rows = await db
        .selectFrom('pupils')
        .select(['id', 'upn'])
        .where('school_id', '=', schoolId)
        .where('upn', 'in', upns.slice(i, i + CHUNK))
        .execute();
      for (const r of rows) if (r.upn) found.set(r.upn, r.id);
    }
    return found;
  },
  async notices(schoolId, q) {
    let query = db
      .selectFrom('attendance_la_notices')
      .selectAll()
      .where('school_id', '=', schoolId);
    if (q.pupilId) query = query.where('pupil_id', '=', q.pupilId);
    if (q.open) query = query.where('notified_at', 'is', null);
    return (await query.orderBy('reached_on', 'desc').execute()).map(toNotice);
  },
  async getNotice(schoolId, id) {
    const r = await db
      .selectFrom('attendance_la_notices')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toNotice(r) : null;
  },
  async addNotice(n) {
    await db
      .insertInto('attendance_la_notices')
      .values({
        id: n.id,
        school_id: n.schoolId,
        pupil_id: n.pupilId,
        run_first: n.runFirst,
        reached_on: n.reachedOn,
        opened_at: n.openedAt,
        notified_at: n.notifiedAt,
        notified_to: n.notifiedTo,
        reference: n.reference,
        notified_by: n.notifiedBy,
      })
      .execute();
  },
  async recordNotified(schoolId, id, n) {
    // Only once: the row is the record of who was told, never rewritten.
    const res = await db
      .updateTable('attendance_la_notices')
      .set({
        notified_at: n.notifiedAt,
        notified_to: n.notifiedTo,
        reference: n.reference,
        notified_by: n.notifiedBy,
      })
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .where('notified_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  },
  async claimPlanAlert(schoolId, pupilId, day) {
    const res = await db
      .insertInto('plan_absence_alerts')
      .values({ school_id: schoolId, pupil_id: pupilId, day })
      .onConflict((oc) => oc.columns(['school_id', 'pupil_id', 'day']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
  },
});

export const planRepo = ({ db }: TxContext): PlanRepo => ({
  async add(p) {
    await db
      .insertInto('welfare_plans')
      .values({
        id: p.id,
        school_id: p.schoolId,
        pupil_id: p.pupilId,
        kind: p.kind,
        starts_on: p.startsOn,
        ends_on: p.endsOn,
        recorded_by: p.recordedBy,
        recorded_at: p.recordedAt,
      })
      .execute();
  },
  async get(schoolId, id) {
    const r = await db
      .selectFrom('welfare_plans')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toPlan(r) : null;
  },
  async list(schoolId, pupilId) {
    const rows = await db
      .selectFrom('welfare_plans')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('pupil_id', '=', pupilId)
      .orderBy('starts_on', 'desc')
      .execute();
    return rows.map(toPlan);
  },
  async forPupils(schoolId, pupilIds) {
    const out: PlanRow[] = [];
    for (let i = 0; i < pupilIds.length; i += CHUNK) {
      const rows = await db
        .selectFrom('welfare_plans')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('pupil_id', 'in', pupilIds.slice(i, i + CHUNK))
        .execute();
      out.push(...rows.map(toPlan));
    }
    return out;
  },
  async openOn(schoolId, day) {
    const rows = await db
      .selectFrom('welfare_plans')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('starts_on', '<=', day)
      .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', day)]))
      .execute();
    return rows.map(toPlan);
  },
  async end(schoolId, id, endsOn) {
    await db
      .updateTable('welfare_plans')
      .set({ ends_on: endsOn })
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .execute();
  },
});
