import type { CalendarEntryKind, CalendarRepo } from '../../core/calendar/ports.ts';
import type { TxContext } from './tx.ts';

export const calendarRepo = ({ db }: TxContext): CalendarRepo => ({
  async list(schoolId) {
    const rows = await db
      .selectFrom('calendar_entries')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('first')
      .orderBy('kind', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as CalendarEntryKind,
      name: r.name,
      first: r.first,
      last: r.last,
    }));
  },
  async replace(schoolId, entries) {
    await db.deleteFrom('calendar_entries').where('school_id', '=', schoolId).execute();
    if (!entries.length) return;
    await db
      .insertInto('calendar_entries')
      .values(entries.map((e) => ({ ...e, school_id: schoolId })))
      .execute();
  },
});
