import type { Person } from './session';

/** Referrals to other agencies (D13, D20), what parents were told (D18), sharing (D37), meetings. */
export type ReferralState =
  'draft' | 'made' | 'acknowledged' | 'outcome_recorded' | 'closed' | 'withdrawn';

export type ReferralEvent = 'make' | 'acknowledge' | 'record_outcome' | 'close' | 'withdraw';

export type AbuseCategory = 'NEG' | 'PHY' | 'SAB' | 'EMO' | 'MUL';

export interface Referral {
  id: string;
  pupilId: string;
  pupilName: string;
  concernId: string | null;
  agency: string;
  agencyLabel: string;
  /** The agency's name when it is "other" (or a team within it). */
  agencyName: string;
  method: string;
  urgent: boolean;
  fgm: boolean;
  withoutDsl: boolean;
  abuseCategory: AbuseCategory | null;
  state: ReferralState;
  agencyReference: string | null;
  madeBy: Person;
  madeAt: string | null;
  acknowledgedAt: string | null;
  outcome: string | null;
  outcomeLabel: string | null;
  outcomeAt: string | null;
  outcomeNotes: string;
  closureReason: string | null;
  closedAt: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string;
  reason: string;
  /** What may happen next, for the buttons. */
  events: ReferralEvent[];
  createdAt: string;
  updatedAt: string;
}

export interface CodeLabel {
  code: string;
  label: string;
}

export interface ReferralOptions {
  agencies: CodeLabel[];
  methods: CodeLabel[];
  outcomes: CodeLabel[];
  abuseCategories: CodeLabel[];
  closureReasons: CodeLabel[];
  parentReasons: CodeLabel[];
  lawfulBases: CodeLabel[];
  meetingKinds: CodeLabel[];
}

export interface ReferralInput {
  pupilId: string;
  concernId: string | null;
  agency: string;
  agencyName: string;
  method: string;
  urgent: boolean;
  abuseCategory: AbuseCategory | null;
  reason: string;
  /** Null saves a draft. */
  madeAt: string | null;
  agencyReference: string;
}

/** D20: made by a member of staff because the DSL was not available. */
export type SelfReferralInput = Omit<ReferralInput, 'abuseCategory' | 'madeAt'> & {
  madeAt: string;
};

/** D13: a known case of FGM reported to the police by the teacher personally. */
export interface FgmReportInput {
  pupilId: string;
  concernId: string | null;
  notifiedAt: string;
  policeReference: string;
  details: string;
}

export type DisclosureKind = 'parents' | 'sharing';

export interface Disclosure {
  id: string;
  kind: DisclosureKind;
  pupilId: string;
  concernId: string | null;
  referralId: string | null;
  decision: 'told' | 'not_told' | 'shared' | 'refused';
  basis: string | null;
  basisLabel: string | null;
  at: string;
  by: Person;
  details: {
    whoTold?: string;
    reason?: string;
    sharedWith?: string;
    what?: string;
    why?: string;
  };
}

export type ParentReason = 'greater_risk' | 'impede_investigation' | 'agency_advice' | 'other';

export interface ParentsInput {
  pupilId: string;
  concernId: string | null;
  referralId: string | null;
  told: boolean;
  at: string;
  whoTold: string;
  reasonCode: ParentReason | null;
  reason: string;
}

export interface SharingInput {
  pupilId: string;
  concernId: string | null;
  referralId: string | null;
  sharedWith: string;
  what: string;
  why: string;
  lawfulBasis: string;
  at: string;
}

export type MeetingKind = 'strategy_discussion' | 'icpc' | 'core_group' | 'review_conference';

export interface Meeting {
  id: string;
  pupilId: string;
  kind: MeetingKind;
  heldAt: string;
  notes: string;
  recordedBy: Person;
}
