import type { ConductRepo } from '../../core/conduct/ports.ts';
import type { TxContext } from './tx.ts';

export const conductRepo = ({ db }: TxContext): ConductRepo => ({
  async current(schoolId) {
    const r = await db
      .selectFrom('conduct_versions')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r
      ? {
          id: r.id,
          schoolId: r.school_id,
          version: Number(r.version),
          title: r.title,
          body: r.body,
          publishedAt: r.published_at,
          publishedBy: r.published_by,
        }
      : null;
  },
  async add(v) {
    await db
      .insertInto('conduct_versions')
      .values({
        id: v.id,
        school_id: v.schoolId,
        version: v.version,
        title: v.title,
        body: v.body,
        published_at: v.publishedAt,
        published_by: v.publishedBy,
      })
      .execute();
  },
  async acknowledge(schoolId, versionId, staffId, at) {
    await db
      .insertInto('conduct_acknowledgements')
      .values({
        version_id: versionId,
        staff_id: staffId,
        school_id: schoolId,
        acknowledged_at: at,
      })
      .onConflict((oc) => oc.columns(['version_id', 'staff_id']).doNothing())
      .execute();
  },
  async acknowledgements(versionId) {
    const rows = await db
      .selectFrom('conduct_acknowledgements')
      .select(['staff_id', 'acknowledged_at'])
      .where('version_id', '=', versionId)
      .execute();
    return new Map(rows.map((r) => [r.staff_id, r.acknowledged_at]));
  },
});
