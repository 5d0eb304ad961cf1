import type {
  CmeActionKind,
  CmeActionRow,
  CmeEntryRow,
  CmeRepo,
} from '../../core/attendance/ports.ts';
import type { Database } from '../schema.ts';
import type { TxContext } from './tx.ts';

const toEntry = (r: Database['cme_entries']): CmeEntryRow => ({
  id: r.id,
  schoolId: r.school_id,
  pupilId: r.pupil_id,
  lastSeenOn: r.last_seen_on,
  openedAt: r.opened_at,
  openedBy: r.opened_by,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
  sealed: r.sealed,
});

/** The register of children missing education (D10), always scoped to the school. */
export const cmeRepo = ({ db }: TxContext): CmeRepo => ({
  async add(e) {
    await db
      .insertInto('cme_entries')
      .values({
        id: e.id,
        school_id: e.schoolId,
        pupil_id: e.pupilId,
        last_seen_on: e.lastSeenOn,
        opened_at: e.openedAt,
        opened_by: e.openedBy,
        closed_at: e.closedAt,
        closed_by: e.closedBy,
        sealed: e.sealed,
      })
      .execute();
  },
  async get(schoolId, id) {
    const r = await db
      .selectFrom('cme_entries')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toEntry(r) : null;
  },
  async list(schoolId, q) {
    let query = db.selectFrom('cme_entries').selectAll().where('school_id', '=', schoolId);
    if (q.open) query = query.where('closed_at', 'is', null);
    if (q.pupilId) query = query.where('pupil_id', '=', q.pupilId);
    return (await query.orderBy('opened_at', 'desc').execute()).map(toEntry);
  },
  async close(schoolId, id, c) {
    const res = await db
      .updateTable('cme_entries')
      .set({ closed_at: c.closedAt, closed_by: c.closedBy, sealed: c.sealed })
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  },
  async addAction(a) {
    await db
      .insertInto('cme_actions')
      .values({
        id: a.id,
        school_id: a.schoolId,
        entry_id: a.entryId,
        pupil_id: a.pupilId,
        kind: a.kind,
        at: a.at,
        recorded_by: a.recordedBy,
        recorded_at: a.recordedAt,
        sealed: a.sealed,
      })
      .execute();
  },
  async actions(schoolId, entryId) {
    const rows = await db
      .selectFrom('cme_actions')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('entry_id', '=', entryId)
      .orderBy('at', 'desc')
      .execute();
    return rows.map((r): CmeActionRow => ({
      id: r.id,
      schoolId: r.school_id,
      entryId: r.entry_id,
      pupilId: r.pupil_id,
      kind: r.kind as CmeActionKind,
      at: r.at,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
      sealed: r.sealed,
    }));
  },
});
