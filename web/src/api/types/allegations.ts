/**
 * Concerns about adults who work with children: allegations and low-level concerns (D41-D43,
 * U02). Sealed cases: only the case manager (headteacher, deputy head in their absence, or the
 * chair when it is about the headteacher) and people they add with a reason ever see one.
 */

/** How the adult relates to the school. */
export type AdultRelationship =
  'staff' | 'volunteer' | 'contractor' | 'supply' | 'governor' | 'other';

/** Who the case was routed to when it was raised. */
export type CaseRoute = 'headteacher' | 'deputy_head' | 'chair_of_governors';

/** The case manager's decision: meets the harm threshold (an allegation) or a low-level concern. */
export type ThresholdDecision = 'allegation' | 'low_level';

export type CaseOutcome = 'substantiated' | 'unsubstantiated' | 'unfounded' | 'false' | 'malicious';

/**
 * Where the case has got to. awaiting_decision: raised, no threshold decision yet;
 * awaiting_lado: an allegation, the LADO not yet spoken to (investigation locked);
 * investigating: an allegation after LADO contact; low_level: a low-level concern, open;
 * closed: an outcome is recorded.
 */
export type CaseStage =
  'awaiting_decision' | 'awaiting_lado' | 'investigating' | 'low_level' | 'closed';

export type InvestigationStepKind =
  'interview' | 'statement' | 'risk_assessment' | 'suspension' | 'hr_meeting' | 'police' | 'other';

export type CaseEntryKind =
  | 'raised'
  | 'routed'
  | 'member_added'
  | 'threshold'
  | 'lado_contact'
  | 'investigation'
  | 'note'
  | 'outcome';

export interface CasePerson {
  id: string;
  fullName: string;
}

/** `GET /api/allegations/people`: colleagues a concern can be about (any signed-in person). */
export type Colleague = CasePerson;

/** `POST /api/allegations`: anyone raises a concern about an adult. */
export interface RaiseAllegationInput {
  /** A colleague with a Haven account, or someone described (contractor, supply, volunteer…). */
  subject: { staffId: string } | { name: string; relationship: AdultRelationship; details: string };
  whatHappened: string;
  /** ISO date-time of the incident, not in the future; null if not known. */
  incidentAt: string | null;
  location: string;
  /** Children involved or who witnessed it, in the raiser's words. */
  childrenInvolved: string;
  actionTaken: string;
}

/** What the person who raised it is told: a reference and the role it went to, nothing more. */
export interface AllegationReceipt {
  id: string;
  reference: string;
  raisedAt: string;
  routedTo: CaseRoute;
  routedToLabel: string;
}

/** One row of `GET /api/allegations` (only cases the signed-in person is a member of). */
export interface AllegationSummary {
  id: string;
  reference: string;
  raisedAt: string;
  subjectName: string;
  subjectRelationship: AdultRelationship;
  stage: CaseStage;
  threshold: ThresholdDecision | null;
  outcome: CaseOutcome | null;
  myRole: 'manager' | 'member';
  caseManager: CasePerson;
  /** The LADO clock while it is open. */
  ladoDueAt: string | null;
  ladoOverdue: boolean;
}

/** `GET /api/allegations/patterns`: the same adult, repeated low-level concerns in the window. */
export interface AllegationPattern {
  subjectName: string;
  count: number;
  caseIds: string[];
  references: string[];
  firstAt: string;
  lastAt: string;
  /** Months looked back (the school's setting, 12 by default). */
  windowMonths: number;
}

export interface CaseEntry {
  id: string;
  kind: CaseEntryKind;
  at: string;
  author: CasePerson;
  summary: string;
  text: string | null;
}

export interface CaseMember {
  id: string;
  fullName: string;
  role: 'manager' | 'member';
  addedAt: string;
  /** Null for the case manager assigned by the routing rule, or Haven itself. */
  addedBy: CasePerson | null;
  reason: string;
}

/** `GET /api/allegations/:id` (with `allowedActions` beside it). */
export interface AllegationCase {
  id: string;
  reference: string;
  raisedAt: string;
  raisedBy: CasePerson;
  route: CaseRoute;
  subject: {
    staffId: string | null;
    name: string;
    relationship: AdultRelationship;
    details: string;
  };
  whatHappened: string;
  incidentAt: string | null;
  location: string;
  childrenInvolved: string;
  actionTaken: string;
  caseManager: CasePerson;
  members: CaseMember[];
  stage: CaseStage;
  threshold: {
    decision: ThresholdDecision;
    rationale: string;
    at: string;
    by: CasePerson;
  } | null;
  lado: {
    contactedAt: string;
    ladoName: string;
    advice: string;
    ladoReference: string;
    recordedAt: string;
    recordedBy: CasePerson;
  } | null;
  /** False until LADO contact is recorded on an allegation (D42); true for low-level concerns. */
  investigationUnlocked: boolean;
  outcome: {
    outcome: CaseOutcome;
    label: string;
    rationale: string;
    at: string;
    by: CasePerson;
  } | null;
  retention: {
    rule: 'keep' | 'remove_from_personnel_file';
    label: string;
    /** When the retention sweep may destroy the case record. */
    retainUntil: string;
    personnelFile: 'keep' | 'remove';
    reference: string;
  } | null;
  /** The LADO clock (one working day), open or closed; null when none was started. */
  deadline: {
    id: string;
    dueAt: string;
    basis: string;
    state: 'open' | 'missed' | 'met' | 'waived';
    overdue: boolean;
  } | null;
  /** The LADO's number from the school's local contacts (Essex default 03330 139 797). */
  ladoPhone: string | null;
  /** Newest first. */
  chronology: CaseEntry[];
}

/** `POST /api/allegations/:id/threshold` */
export interface ThresholdInput {
  decision: ThresholdDecision;
  rationale: string;
}

/** `POST /api/allegations/:id/lado`: unlocks the investigation. */
export interface LadoContactInput {
  contactedAt: string;
  ladoName: string;
  advice: string;
  ladoReference: string;
}

/** `POST /api/allegations/:id/entries`: a note (any time) or an investigation step (after LADO). */
export interface CaseEntryInput {
  kind: 'note' | 'investigation';
  step: InvestigationStepKind | null;
  at: string;
  text: string;
}

/** `POST /api/allegations/:id/members` */
export interface AddMemberInput {
  staffId: string;
  reason: string;
}

/** `POST /api/allegations/:id/outcome` */
export interface OutcomeInput {
  outcome: CaseOutcome;
  rationale: string;
  /** Needed for outcomes kept until normal pension age (substantiated, unsubstantiated, unfounded). */
  subjectDateOfBirth: string | null;
}

/** `GET /api/allegations/:id/activity`: every read and write of this case (the audit log). */
export interface CaseActivity {
  at: string;
  actorName: string;
  type: string;
  summary: string;
}
