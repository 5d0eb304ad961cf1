import type { Method, ReferralOutcome, ReferralState } from './referral.ts';

export interface ReferralRow {
  id: string;
  schoolId: string;
  pupilId: string;
  concernId: string | null;
  /** A built-in agency's code, or one of the school's own (`local_…`). */
  agency: string;
  method: Method;
  urgent: boolean;
  /** A mandatory FGM report to the police, made personally by the teacher who found it (D13). */
  fgm: boolean;
  /** Made by a member of staff while the DSL was unavailable (D20). */
  withoutDsl: boolean;
  abuseCategory: string | null;
  state: ReferralState;
  agencyReference: string | null;
  madeBy: string;
  madeAt: string | null;
  acknowledgedAt: string | null;
  outcome: ReferralOutcome | null;
  outcomeAt: string | null;
  closureReason: string | null;
  closedAt: string | null;
  withdrawnAt: string | null;
  /** Sealed with the child's key: { reason, agencyName, outcomeNotes?, withdrawnReason? }. */
  sealed: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReferralRepo {
  add(row: ReferralRow): Promise<void>;
  get(schoolId: string, id: string): Promise<ReferralRow | null>;
  update(
    schoolId: string,
    id: string,
    patch: Partial<Omit<ReferralRow, 'id' | 'schoolId' | 'pupilId' | 'createdAt'>>,
  ): Promise<void>;
  list(
    schoolId: string,
    q: { pupilId?: string; concernId?: string; madeBy?: string; limit: number },
  ): Promise<ReferralRow[]>;
}

export type DisclosureKind = 'parents' | 'sharing';

/** A recorded decision: parents told or not and why (D18); information shared and why (D37). */
export interface DisclosureRow {
  id: string;
  schoolId: string;
  pupilId: string;
  kind: DisclosureKind;
  concernId: string | null;
  referralId: string | null;
  /** parents: 'told' | 'not_told'; sharing: 'shared' | 'refused'. */
  decision: string;
  /** parents not told: the reason code; sharing: the lawful basis code. */
  basis: string | null;
  at: string;
  byId: string;
  recordedBy: string;
  recordedAt: string;
  sealed: string;
}

export interface DisclosureRepo {
  add(row: DisclosureRow): Promise<void>;
  list(
    schoolId: string,
    q: { pupilId?: string; concernId?: string; referralId?: string; kind?: DisclosureKind },
  ): Promise<DisclosureRow[]>;
}

export type MeetingKind = 'strategy_discussion' | 'icpc' | 'core_group' | 'review_conference';

export interface MeetingRow {
  id: string;
  schoolId: string;
  pupilId: string;
  kind: MeetingKind;
  heldAt: string;
  recordedBy: string;
  recordedAt: string;
  sealed: string;
}

export interface MeetingRepo {
  add(row: MeetingRow): Promise<void>;
  list(schoolId: string, pupilId: string): Promise<MeetingRow[]>;
}

export interface AgencyRepo {
  list(schoolId: string): Promise<import('./agencies.ts').AgencyRow[]>;
  put(schoolId: string, row: import('./agencies.ts').AgencyRow): Promise<void>;
}
