import { sql } from 'kysely';
import type {
  AllegationRepo,
  AllegationRow,
  CaseEntryRow,
  MemberRow,
} from '../../core/allegations/ports.ts';
import type { Database } from '../schema.ts';
import { nextCounter, type TxContext } from './tx.ts';

type Row = Database['allegations'];

const fromRow = (r: Row): AllegationRow => ({
  id: r.id,
  schoolId: r.school_id,
  reference: r.reference,
  raisedBy: r.raised_by,
  raisedAt: r.raised_at,
  subjectStaffId: r.subject_staff_id,
  relationship: r.relationship as AllegationRow['relationship'],
  subjectKey: r.subject_key,
  route: r.route as AllegationRow['route'],
  managerId: r.manager_id,
  threshold: r.threshold as AllegationRow['threshold'],
  thresholdAt: r.threshold_at,
  ladoContactedAt: r.lado_contacted_at,
  outcome: r.outcome as AllegationRow['outcome'],
  outcomeAt: r.outcome_at,
  retentionRule: r.retention_rule,
  retainUntil: r.retain_until,
  personnelFile: r.personnel_file as AllegationRow['personnelFile'],
  wrappedKey: r.wrapped_key,
  sealed: r.sealed,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS: Record<string, keyof Row> = {
  threshold: 'threshold',
  thresholdAt: 'threshold_at',
  ladoContactedAt: 'lado_contacted_at',
  outcome: 'outcome',
  outcomeAt: 'outcome_at',
  retentionRule: 'retention_rule',
  retainUntil: 'retain_until',
  personnelFile: 'personnel_file',
  updatedAt: 'updated_at',
};

const memberFrom = (r: Database['allegation_members']): MemberRow => ({
  caseId: r.case_id,
  schoolId: r.school_id,
  staffId: r.staff_id,
  role: r.role as MemberRow['role'],
  reasonCode: r.reason_code as MemberRow['reasonCode'],
  sealedReason: r.sealed_reason,
  addedBy: r.added_by,
  addedAt: r.added_at,
});

export const allegationRepo = (ctx: TxContext): AllegationRepo => {
  const { db } = ctx;
  return {
    nextReferenceNumber: (schoolId) => nextCounter(ctx, schoolId, 'allegation'),
    async add(c) {
      await db
        .insertInto('allegations')
        .values({
          id: c.id,
          school_id: c.schoolId,
          reference: c.reference,
          raised_by: c.raisedBy,
          raised_at: c.raisedAt,
          subject_staff_id: c.subjectStaffId,
          relationship: c.relationship,
          subject_key: c.subjectKey,
          route: c.route,
          manager_id: c.managerId,
          threshold: c.threshold,
          threshold_at: c.thresholdAt,
          lado_contacted_at: c.ladoContactedAt,
          outcome: c.outcome,
          outcome_at: c.outcomeAt,
          retention_rule: c.retentionRule,
          retain_until: c.retainUntil,
          personnel_file: c.personnelFile,
          wrapped_key: c.wrappedKey,
          sealed: c.sealed,
          created_at: c.createdAt,
          updated_at: c.updatedAt,
        })
        .execute();
    },
    async get(schoolId, id) {
      const r = await db
        .selectFrom('allegations')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? fromRow(r) : null;
    },
    async update(schoolId, id, patch) {
      const set: Partial<Row> = {};
      for (const [k, v] of Object.entries(patch)) {
        const col = COLUMNS[k];
        if (col) (set as Record<string, unknown>)[col] = v;
      }
      await db
        .updateTable('allegations')
        .set(set)
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .execute();
    },
    async listFor(schoolId, staffId, closed) {
      const rows = await db
        .selectFrom('allegations')
        .innerJoin('allegation_members as m', 'm.case_id', 'allegations.id')
        .selectAll('allegations')
        .where('allegations.school_id', '=', schoolId)
        .where('m.staff_id', '=', staffId)
        .where('allegations.outcome', closed ? 'is not' : 'is', null)
        .orderBy('allegations.raised_at', 'desc')
        .limit(500)
        .execute();
      return rows.map(fromRow);
    },
    async lowLevelAbout(schoolId, subjectKey, from) {
      const rows = await db
        .selectFrom('allegations')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('subject_key', '=', subjectKey)
        .where('threshold', '=', 'low_level')
        .where('raised_at', '>=', from)
        .orderBy('raised_at')
        .execute();
      return rows.map(fromRow);
    },
    async members(schoolId, caseId) {
      const rows = await db
        .selectFrom('allegation_members')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('case_id', '=', caseId)
        .orderBy('added_at')
        .execute();
      return rows.map(memberFrom);
    },
    async addMember(m) {
      const res = await db
        .insertInto('allegation_members')
        .values({
          case_id: m.caseId,
          staff_id: m.staffId,
          school_id: m.schoolId,
          role: m.role,
          reason_code: m.reasonCode,
          sealed_reason: m.sealedReason,
          added_by: m.addedBy,
          added_at: m.addedAt,
        })
        .onConflict((oc) => oc.columns(['case_id', 'staff_id']).doNothing())
        .executeTakeFirst();
      return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async addEntry(e: CaseEntryRow) {
      await db
        .insertInto('allegation_entries')
        .values({
          id: e.id,
          case_id: e.caseId,
          school_id: e.schoolId,
          kind: e.kind,
          at: e.at,
          seq: sql<number>`(select coalesce(max(seq), 0) + 1 from allegation_entries where case_id = ${e.caseId})`,
          author_id: e.authorId,
          sealed: e.sealed,
        })
        .execute();
    },
    async entries(schoolId, caseId) {
      const rows = await db
        .selectFrom('allegation_entries')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('case_id', '=', caseId)
        .orderBy('at', 'desc')
        .orderBy('seq', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        schoolId: r.school_id,
        kind: r.kind as CaseEntryRow['kind'],
        at: r.at,
        authorId: r.author_id,
        sealed: r.sealed,
      }));
    },
    async settings(schoolId) {
      const r = await db
        .selectFrom('allegation_settings')
        .selectAll()
        .where('school_id', '=', schoolId)
        .executeTakeFirst();
      return r
        ? {
            pensionAge: Number(r.pension_age),
            keepYears: Number(r.keep_years),
            removedKeepYears: Number(r.removed_keep_years),
            patternCount: Number(r.pattern_count),
            patternMonths: Number(r.pattern_months),
          }
        : null;
    },
    async saveSettings(schoolId, s) {
      const values = {
        pension_age: s.pensionAge,
        keep_years: s.keepYears,
        removed_keep_years: s.removedKeepYears,
        pattern_count: s.patternCount,
        pattern_months: s.patternMonths,
      };
      await db
        .insertInto('allegation_settings')
        .values({ school_id: schoolId, ...values })
        .onConflict((oc) => oc.column('school_id').doUpdateSet(values))
        .execute();
    },
  };
};
