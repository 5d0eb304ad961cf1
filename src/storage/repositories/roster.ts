import type { IdentityFlagRow, RosterRepo } from '../../core/people/ports.ts';
import type { EmergencyContact, PupilInput } from '../../core/people/pupil.ts';
import { newId } from '../../core/shared/ids.ts';
import type { Database } from '../schema.ts';
import { toPupil, toRow } from './pupils.ts';
import { uniquely, type TxContext } from './tx.ts';

/** Rows per multi-row insert: well under either engine's limit on bound parameters. */
const CHUNK = 400;

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) =>
    items.slice(i * CHUNK, (i + 1) * CHUNK),
  );

const flagFrom = (r: Database['pupil_identity_flags']): IdentityFlagRow => ({
  id: r.id,
  schoolId: r.school_id,
  pupilId: r.pupil_id,
  change: r.change as IdentityFlagRow['change'],
  currentValue: r.current_value,
  incomingValue: r.incoming_value,
  incoming: JSON.parse(r.incoming) as PupilInput,
  source: r.source,
  createdAt: r.created_at,
  resolvedAt: r.resolved_at,
  resolvedBy: r.resolved_by,
  resolution: r.resolution as IdentityFlagRow['resolution'],
});

export const rosterRepo = ({ db }: TxContext): RosterRepo => ({
  async everyone(schoolId) {
    const pupils = await db
      .selectFrom('pupils')
      .selectAll()
      .where('school_id', '=', schoolId)
      .execute();
    const contacts = await db
      .selectFrom('emergency_contacts')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('priority')
      .orderBy('name')
      .execute();
    const byPupil = new Map<string, EmergencyContact[]>();
    for (const c of contacts) {
      const list = byPupil.get(c.pupil_id) ?? [];
      list.push({
        name: c.name,
        relationship: c.relationship,
        phones: JSON.parse(c.phones) as string[],
        priority: c.priority,
      });
      byPupil.set(c.pupil_id, list);
    }
    return pupils.map((p) => toPupil(p, byPupil.get(p.id) ?? []));
  },
  async createMany(schoolId, rows, at, onBatch) {
    const now = at.toISOString();
    let written = 0;
    for (const part of chunks(rows)) {
      const insert = db.insertInto('pupils').values(
        part.map(({ id, input }) => ({
          id,
          school_id: schoolId,
          ...toRow(input),
          created_at: now,
          updated_at: now,
        })),
      );
      await uniquely(
        () => insert.execute(),
        'upn',
        'Another pupil in this school already has this UPN',
      );
      written += part.length;
      onBatch?.(written);
    }
    const contacts = rows.flatMap(({ id, input }) =>
      input.emergencyContacts.map((c) => ({
        id: newId(),
        school_id: schoolId,
        pupil_id: id,
        name: c.name,
        relationship: c.relationship,
        phones: JSON.stringify(c.phones),
        priority: c.priority,
      })),
    );
    for (const part of chunks(contacts))
      await db.insertInto('emergency_contacts').values(part).execute();
  },
  async addFlags(rows) {
    for (const part of chunks(rows))
      await db
        .insertInto('pupil_identity_flags')
        .values(
          part.map((f) => ({
            id: f.id,
            school_id: f.schoolId,
            pupil_id: f.pupilId,
            change: f.change,
            current_value: f.currentValue,
            incoming_value: f.incomingValue,
            incoming: JSON.stringify(f.incoming),
            source: f.source,
            created_at: f.createdAt,
            resolved_at: null,
            resolved_by: null,
            resolution: null,
          })),
        )
        .execute();
  },
  async openFlags(schoolId) {
    const rows = await db
      .selectFrom('pupil_identity_flags')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('resolved_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(flagFrom);
  },
  async getFlag(schoolId, id) {
    const r = await db
      .selectFrom('pupil_identity_flags')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? flagFrom(r) : null;
  },
  async resolveFlag(schoolId, id, r) {
    await db
      .updateTable('pupil_identity_flags')
      .set({ resolved_at: r.at, resolved_by: r.by, resolution: r.resolution })
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .execute();
  },
});
