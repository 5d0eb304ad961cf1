import type { ContactKind } from '../../core/concerns/contacts.ts';
import type { ContactRepo } from '../../core/concerns/ports.ts';
import type { TxContext } from './tx.ts';

export const contactRepo = ({ db }: TxContext): ContactRepo => ({
  async list(schoolId) {
    const rows = await db
      .selectFrom('local_contacts')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('sort')
      .execute();
    return rows.map((r) => ({
      kind: r.kind as ContactKind,
      label: r.label,
      phone: r.phone,
      note: r.note,
    }));
  },
  async replace(schoolId, contacts) {
    await db.deleteFrom('local_contacts').where('school_id', '=', schoolId).execute();
    if (!contacts.length) return;
    await db
      .insertInto('local_contacts')
      .values(
        contacts.map((c, sort) => ({
          id: c.id,
          school_id: schoolId,
          kind: c.kind,
          label: c.label,
          phone: c.phone,
          note: c.note,
          sort,
        })),
      )
      .execute();
  },
});
