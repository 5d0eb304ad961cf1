import type { CaseEntryKind, CaseOutcome, Relationship, Route, Threshold } from './case.ts';

/** A case about an adult. Narrative is sealed with the case's own key; the rest is in clear. */
export interface AllegationRow {
  id: string;
  schoolId: string;
  reference: string;
  raisedBy: string;
  raisedAt: string;
  /** The colleague it is about, when they have an account; null for someone described. */
  subjectStaffId: string | null;
  relationship: Relationship;
  /** Matches cases about the same adult (patterns) without keeping a name in clear. */
  subjectKey: string;
  route: Route;
  managerId: string;
  threshold: Threshold | null;
  thresholdAt: string | null;
  ladoContactedAt: string | null;
  outcome: CaseOutcome | null;
  outcomeAt: string | null;
  retentionRule: string | null;
  retainUntil: string | null;
  personnelFile: 'keep' | 'remove' | null;
  /** The case's data key, wrapped by the key-encryption key. */
  wrappedKey: string;
  /** Sealed JSON: what was raised (see `RaisedContent`). */
  sealed: string;
  createdAt: string;
  updatedAt: string;
}

export interface RaisedContent {
  subjectName: string;
  subjectDetails: string;
  whatHappened: string;
  incidentAt: string | null;
  location: string;
  childrenInvolved: string;
  actionTaken: string;
}

/** Why someone is on the case: the routing rule, Haven's own escalation, or a recorded reason. */
export type MemberReason = 'routing' | 'lado_escalation' | 'pattern_review' | 'added';

export interface MemberRow {
  caseId: string;
  schoolId: string;
  staffId: string;
  role: 'manager' | 'member';
  reasonCode: MemberReason;
  /** Sealed free text, for people added by the case manager. */
  sealedReason: string | null;
  addedBy: string | null;
  addedAt: string;
}

export interface CaseEntryRow {
  id: string;
  caseId: string;
  schoolId: string;
  kind: CaseEntryKind;
  at: string;
  authorId: string;
  /** Sealed JSON `{ summary, text, ... }`. */
  sealed: string;
}

export interface AllegationSettingsRow {
  pensionAge: number;
  keepYears: number;
  removedKeepYears: number;
  patternCount: number;
  patternMonths: number;
}

export interface AllegationRepo {
  nextReferenceNumber(schoolId: string): Promise<number>;
  add(row: AllegationRow): Promise<void>;
  get(schoolId: string, id: string): Promise<AllegationRow | null>;
  update(
    schoolId: string,
    id: string,
    patch: Partial<
      Pick<
        AllegationRow,
        | 'threshold'
        | 'thresholdAt'
        | 'ladoContactedAt'
        | 'outcome'
        | 'outcomeAt'
        | 'retentionRule'
        | 'retainUntil'
        | 'personnelFile'
        | 'updatedAt'
      >
    >,
  ): Promise<void>;
  /** Cases this person is on (manager or member), newest first. */
  listFor(schoolId: string, staffId: string, closed: boolean): Promise<AllegationRow[]>;
  /** Every low-level concern about one adult raised since `from`, oldest first. */
  lowLevelAbout(schoolId: string, subjectKey: string, from: string): Promise<AllegationRow[]>;
  members(schoolId: string, caseId: string): Promise<MemberRow[]>;
  /** Adds a member; false when they were already on the case. */
  addMember(row: MemberRow): Promise<boolean>;
  addEntry(row: CaseEntryRow): Promise<void>;
  entries(schoolId: string, caseId: string): Promise<CaseEntryRow[]>;
  settings(schoolId: string): Promise<AllegationSettingsRow | null>;
  saveSettings(schoolId: string, s: AllegationSettingsRow): Promise<void>;
}

/** Envelope encryption for one case: its own data key, wrapped by the key-encryption key. */
export interface CaseSealer {
  newKey(caseId: string): string;
  seal(wrappedKey: string, caseId: string, plaintext: string): string;
  open(wrappedKey: string, caseId: string, sealed: string): string;
  /** A keyed fingerprint (HMAC), so the same adult's cases can be found without a clear name. */
  fingerprint(text: string): string;
}
