import type {
  FileConcernRow,
  FileEntryRow,
  FileRepo,
  GrantRepo,
  GrantRow,
} from '../../core/concerns/ports.ts';
import type { Database } from '../schema.ts';
import { fromBool, toBool, type TxContext } from './tx.ts';
import { insertRows } from '../compiled-once.ts';

// Written for every concern, addendum and note.
const insertEntries = insertRows('file_entries', [
  'id',
  'school_id',
  'pupil_id',
  'concern_id',
  'kind',
  'at',
  'author_id',
  'significant',
  'sealed',
]);

const toEntry = (r: Database['file_entries']): FileEntryRow => ({
  id: r.id,
  schoolId: r.school_id,
  pupilId: r.pupil_id,
  concernId: r.concern_id,
  kind: r.kind as FileEntryRow['kind'],
  at: r.at,
  authorId: r.author_id,
  significant: toBool(r.significant),
  sealed: r.sealed,
});

export const fileRepo = (ctx: TxContext): FileRepo => {
  const { db } = ctx;
  return {
    async addEntries(entries) {
      await insertEntries(
        ctx,
        entries.map((e) => ({
          id: e.id,
          school_id: e.schoolId,
          pupil_id: e.pupilId,
          concern_id: e.concernId,
          kind: e.kind,
          at: e.at,
          author_id: e.authorId,
          significant: fromBool(e.significant),
          sealed: e.sealed,
        })),
      );
    },
    async entries(schoolId, pupilId, q) {
      let query = db
        .selectFrom('file_entries')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('pupil_id', '=', pupilId);
      if (q.kind) query = query.where('kind', '=', q.kind);
      if (q.significant) query = query.where('significant', '=', 1);
      return (await query.orderBy('at', 'desc').orderBy('id').execute()).map(toEntry);
    },
    async concernsOf(schoolId, pupilId) {
      const rows = await db
        .selectFrom('concern_children as cc')
        .innerJoin('concerns as c', (j) =>
          j.onRef('c.id', '=', 'cc.concern_id').onRef('c.school_id', '=', 'cc.school_id'),
        )
        .leftJoin('categories as cat', (j) =>
          j
            .onRef('cat.id', '=', 'c.primary_category_id')
            .onRef('cat.school_id', '=', 'c.school_id'),
        )
        .select([
          'cc.concern_id',
          'c.reference',
          'cc.role',
          'cc.sealed',
          'c.kind',
          'c.incident_at',
          'c.immediate_risk',
          'cat.label',
        ])
        .where('cc.school_id', '=', schoolId)
        .where('cc.pupil_id', '=', pupilId)
        .execute();
      return rows.map((r) => ({
        concernId: r.concern_id,
        reference: r.reference,
        kind: r.kind as FileConcernRow['kind'],
        incidentAt: r.incident_at,
        categoryLabel: r.label,
        immediateRisk: toBool(r.immediate_risk),
        role: r.role as FileConcernRow['role'],
        sealed: r.sealed,
      }));
    },
    async setSignificant(schoolId, pupilId, entryId, significant) {
      const res = await db
        .updateTable('file_entries')
        .set({ significant: fromBool(significant) })
        .where('school_id', '=', schoolId)
        .where('pupil_id', '=', pupilId)
        .where('id', '=', entryId)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async opened(schoolId, pupilId) {
      const r = await db
        .selectFrom('cp_files')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('pupil_id', '=', pupilId)
        .executeTakeFirst();
      return r ? { openedAt: r.opened_at, openedBy: r.opened_by } : null;
    },
    async open(schoolId, pupilId, by, at) {
      await db
        .insertInto('cp_files')
        .values({ pupil_id: pupilId, school_id: schoolId, opened_at: at, opened_by: by })
        .onConflict((oc) => oc.column('pupil_id').doNothing())
        .execute();
    },
  };
};

const toGrant = (r: Database['access_grants']): GrantRow => ({
  id: r.id,
  schoolId: r.school_id,
  pupilId: r.pupil_id,
  granteeId: r.grantee_id,
  grantedBy: r.granted_by,
  reason: r.reason,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});

export const grantRepo = ({ db }: TxContext): GrantRepo => {
  const repo: GrantRepo = {
    async create(g) {
      await db
        .insertInto('access_grants')
        .values({
          id: g.id,
          school_id: g.schoolId,
          pupil_id: g.pupilId,
          grantee_id: g.granteeId,
          granted_by: g.grantedBy,
          reason: g.reason,
          created_at: g.createdAt,
          expires_at: g.expiresAt,
          revoked_at: null,
        })
        .execute();
    },
    async list(schoolId, pupilId) {
      const rows = await db
        .selectFrom('access_grants')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('pupil_id', '=', pupilId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toGrant);
    },
    async live(schoolId, pupilId, granteeId, at) {
      const r = await db
        .selectFrom('access_grants')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('pupil_id', '=', pupilId)
        .where('grantee_id', '=', granteeId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', at)
        .orderBy('expires_at', 'desc')
        .executeTakeFirst();
      return r ? toGrant(r) : null;
    },
    async liveFor(schoolId, granteeId, at) {
      const rows = await db
        .selectFrom('access_grants')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('grantee_id', '=', granteeId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', at)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toGrant);
    },
    async revokeLiveFor(schoolId, granteeId, at) {
      const live = await repo.liveFor(schoolId, granteeId, at);
      if (!live.length) return [];
      await db
        .updateTable('access_grants')
        .set({ revoked_at: at })
        .where('school_id', '=', schoolId)
        .where(
          'id',
          'in',
          live.map((g) => g.id),
        )
        .execute();
      return live;
    },
    async revoke(schoolId, pupilId, id, at) {
      const res = await db
        .updateTable('access_grants')
        .set({ revoked_at: at })
        .where('school_id', '=', schoolId)
        .where('pupil_id', '=', pupilId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
  return repo;
};
