import type { Method, ReferralOutcome, ReferralState } from '../../core/referrals/referral.ts';
import type {
  DisclosureRepo,
  DisclosureRow,
  MeetingKind,
  MeetingRepo,
  ReferralRepo,
  ReferralRow,
} from '../../core/referrals/ports.ts';
import type { Database } from '../schema.ts';
import { fromBool, toBool, type TxContext } from './tx.ts';

const toReferral = (r: Database['referrals']): ReferralRow => ({
  id: r.id,
  schoolId: r.school_id,
  pupilId: r.pupil_id,
  concernId: r.concern_id,
  agency: r.agency,
  method: r.method as Method,
  urgent: toBool(r.urgent),
  fgm: toBool(r.fgm),
  withoutDsl: toBool(r.without_dsl),
  abuseCategory: r.abuse_category,
  state: r.state as ReferralState,
  agencyReference: r.agency_reference,
  madeBy: r.made_by,
  madeAt: r.made_at,
  acknowledgedAt: r.acknowledged_at,
  outcome: r.outcome as ReferralOutcome | null,
  outcomeAt: r.outcome_at,
  closureReason: r.closure_reason,
  closedAt: r.closed_at,
  withdrawnAt: r.withdrawn_at,
  sealed: r.sealed,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS = {
  concernId: 'concern_id',
  agency: 'agency',
  method: 'method',
  abuseCategory: 'abuse_category',
  state: 'state',
  agencyReference: 'agency_reference',
  madeBy: 'made_by',
  madeAt: 'made_at',
  acknowledgedAt: 'acknowledged_at',
  outcome: 'outcome',
  outcomeAt: 'outcome_at',
  closureReason: 'closure_reason',
  closedAt: 'closed_at',
  withdrawnAt: 'withdrawn_at',
  sealed: 'sealed',
  updatedAt: 'updated_at',
} as const;

export const referralRepo = ({ db }: TxContext): ReferralRepo => ({
  async add(r) {
    await db
      .insertInto('referrals')
      .values({
        id: r.id,
        school_id: r.schoolId,
        pupil_id: r.pupilId,
        concern_id: r.concernId,
        agency: r.agency,
        method: r.method,
        urgent: fromBool(r.urgent),
        fgm: fromBool(r.fgm),
        without_dsl: fromBool(r.withoutDsl),
        abuse_category: r.abuseCategory,
        state: r.state,
        agency_reference: r.agencyReference,
        made_by: r.madeBy,
        made_at: r.madeAt,
        acknowledged_at: r.acknowledgedAt,
        outcome: r.outcome,
        outcome_at: r.outcomeAt,
        closure_reason: r.closureReason,
        closed_at: r.closedAt,
        withdrawn_at: r.withdrawnAt,
        sealed: r.sealed,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      })
      .execute();
  },
  async get(schoolId, id) {
    const r = await db
      .selectFrom('referrals')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toReferral(r) : null;
  },
  async update(schoolId, id, patch) {
    const set: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(COLUMNS)) {
      if (key in patch) set[column] = (patch as Record<string, unknown>)[key];
    }
    if (!Object.keys(set).length) return;
    await db
      .updateTable('referrals')
      .set(set)
      .where('school_id', '=', schoolId)
      .where('id', '=', id)
      .execute();
  },
  async list(schoolId, q) {
    let query = db.selectFrom('referrals').selectAll().where('school_id', '=', schoolId);
    if (q.pupilId) query = query.where('pupil_id', '=', q.pupilId);
    if (q.concernId) query = query.where('concern_id', '=', q.concernId);
    if (q.madeBy) query = query.where('made_by', '=', q.madeBy);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(q.limit).execute();
    return rows.map(toReferral);
  },
});

const toDisclosure = (r: Database['disclosures']): DisclosureRow => ({
  id: r.id,
  schoolId: r.school_id,
  pupilId: r.pupil_id,
  kind: r.kind as DisclosureRow['kind'],
  concernId: r.concern_id,
  referralId: r.referral_id,
  decision: r.decision,
  basis: r.basis,
  at: r.at,
  byId: r.by_id,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
  sealed: r.sealed,
});

export const disclosureRepo = ({ db }: TxContext): DisclosureRepo => ({
  async add(d) {
    await db
      .insertInto('disclosures')
      .values({
        id: d.id,
        school_id: d.schoolId,
        pupil_id: d.pupilId,
        kind: d.kind,
        concern_id: d.concernId,
        referral_id: d.referralId,
        decision: d.decision,
        basis: d.basis,
        at: d.at,
        by_id: d.byId,
        recorded_by: d.recordedBy,
        recorded_at: d.recordedAt,
        sealed: d.sealed,
      })
      .execute();
  },
  async list(schoolId, q) {
    let query = db.selectFrom('disclosures').selectAll().where('school_id', '=', schoolId);
    if (q.pupilId) query = query.where('pupil_id', '=', q.pupilId);
    if (q.concernId) query = query.where('concern_id', '=', q.concernId);
    if (q.referralId) query = query.where('referral_id', '=', q.referralId);
    if (q.kind) query = query.where('kind', '=', q.kind);
    return (await query.orderBy('at', 'desc').orderBy('id').execute()).map(toDisclosure);
  },
});

export const meetingRepo = ({ db }: TxContext): MeetingRepo => ({
  async add(m) {
    await db
      .insertInto('cp_meetings')
      .values({
        id: m.id,
        school_id: m.schoolId,
        pupil_id: m.pupilId,
        kind: m.kind,
        held_at: m.heldAt,
        recorded_by: m.recordedBy,
        recorded_at: m.recordedAt,
        sealed: m.sealed,
      })
      .execute();
  },
  async list(schoolId, pupilId) {
    const rows = await db
      .selectFrom('cp_meetings')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('pupil_id', '=', pupilId)
      .orderBy('held_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      schoolId: r.school_id,
      pupilId: r.pupil_id,
      kind: r.kind as MeetingKind,
      heldAt: r.held_at,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
      sealed: r.sealed,
    }));
  },
});
