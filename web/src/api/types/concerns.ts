import type { Person } from './session';

/** Recording concerns, the DSL team's inbox and triage. */
export interface PupilMatch {
  id: string;
  displayName: string;
  yearGroup: string;
  /** Only if the server sends it (D09 reminder). */
  senFlag?: boolean;
}

export type ConcernKind = 'concern' | 'wellbeing';
export type ChildRole = 'subject' | 'victim' | 'alleged_perpetrator' | 'witness' | 'mentioned';
export type BodySide = 'front' | 'back';
export type MarkType = 'bruise' | 'cut' | 'burn' | 'mark' | 'other';

export interface ConcernChild {
  pupilId: string;
  role: ChildRole;
  /** Kept in drafts so a resumed draft can show who was chosen; the server may ignore it. */
  displayName?: string;
  senFlag?: boolean;
}

export interface BodyMark {
  pupilId: string;
  side: BodySide;
  x: number;
  y: number;
  markType: MarkType;
  note: string;
}

export interface ConcernInput {
  kind: ConcernKind;
  children: ConcernChild[];
  childWords: string;
  observed: string;
  actionTaken: string;
  incidentAt: string;
  location: string;
  primaryCategoryId: string;
  tagIds: string[];
  immediateRisk: boolean;
  spokeToDsl: boolean;
  riskFactors?: string;
  protectiveFactors?: string;
  bodyMap: BodyMark[];
}

export interface Contact {
  name: string;
  phone: string;
}

export interface ConcernReceipt {
  id: string;
  reference: string;
  recordedAt: string;
  recordedBy: Person;
  contentHash: string;
  immediateRisk: boolean;
  /** Who was alerted; `nobody` when no one on the ladder was available. */
  alerted: 'dsl_team' | 'leaders' | 'chair' | 'nobody';
  contacts?: Contact[];
  /** FGM was chosen: the recorder must report it to the police themselves by `dueAt`. */
  fgmReport?: { dueAt: string; basis: string };
}

export interface ConcernDraft {
  id: string;
  updatedAt: string;
  input: Partial<ConcernInput>;
}

/** DSL team statuses are new / in_progress / waiting / closed; a recorder sees received / in_progress / closed. */
export type ConcernStatus = 'new' | 'received' | 'in_progress' | 'waiting' | 'closed';

/** A request for reconsideration and the DSL's answer (D19). */
export interface Reconsideration {
  id: string;
  requestedAt: string;
  requestedBy: Person;
  reason: string;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: Person | null;
}

/** An action someone owns and has not done yet (`GET /api/actions/mine`). */
export interface MyAction {
  id: string;
  concernId: string;
  concernReference: string;
  description: string;
  dueOn: string;
  setAt: string;
}

export interface MyConcern {
  id: string;
  reference: string;
  recordedAt: string;
  /** The fingerprint the record was signed with. */
  contentHash: string;
  status: ConcernStatus;
  childNames: string[];
  /** Every request, oldest first. */
  reconsiderations: Reconsideration[];
  /** The latest request. */
  reconsideration: Reconsideration | null;
}

export interface InboxChild {
  pupilId: string;
  displayName: string;
  role: ChildRole;
}

export interface InboxItem {
  id: string;
  reference: string;
  kind?: ConcernKind;
  incidentAt?: string;
  recordedAt: string;
  recordedBy: Person;
  immediateRisk: boolean;
  status: ConcernStatus;
  primaryCategory: { id: string; label: string } | null;
  children: InboxChild[];
  ownerId: string | null;
  acknowledgedAt: string | null;
  /** A request for reconsideration is waiting for the DSL's answer (D19). */
  reconsiderationOpen: boolean;
}

export interface InboxCounts {
  new: number;
  in_progress: number;
  waiting: number;
  closed: number;
}

/** A concern as the inbox lists it: with its case owner's name. */
export interface InboxRow extends InboxItem {
  owner: Person | null;
}

/** One page of the inbox; the counts are the whole inbox's, whatever the filters. */
export interface Inbox {
  items: InboxRow[];
  counts: InboxCounts;
  /** Give as `before` for the next page; null on the last. */
  nextBefore: string | null;
}

export type Outcome = 'no_further_action' | 'monitor' | 'early_help' | 'referral' | 'other';

export interface Addendum {
  id: string;
  author: Person;
  at: string;
  text: string;
}

export interface Decision {
  id: string;
  outcome: Outcome;
  levelOfNeed: string;
  rationale: string;
  decidedBy: Person;
  at: string;
}

export interface ConcernAction {
  id: string;
  description: string;
  owner: Person;
  dueOn: string;
  doneAt: string | null;
}

/** Every word the recorder wrote, and the body map (kept encrypted on the server). */
export interface ConcernNarrative {
  childWords: string;
  observed: string;
  actionTaken: string;
  location: string;
  riskFactors: string;
  protectiveFactors: string;
  bodyMap: BodyMark[];
}

/** A photo or PDF on a concern. Its content is only ever downloaded, never shown on screen. */
export interface ConcernAttachment {
  id: string;
  filename: string;
  mime: string;
  size: number;
  uploadedAt: string;
  uploadedBy: Person;
}

/** What the server answers after attaching a file. */
export interface AttachmentAdded {
  id: string;
  mime: string;
  size: number;
}

export interface ConcernDetail extends InboxItem {
  kind: ConcernKind;
  /** Whether the stored record still matches its fingerprint; null once it cannot be read. */
  fingerprintMatches: boolean | null;
  incidentAt: string;
  spokeToDsl: boolean;
  tags: { id: string; label: string }[];
  /** Null when it cannot be read (for example, the key is not available). */
  narrative: ConcernNarrative | null;
  contentHash: string;
  addenda: Addendum[];
  attachments: ConcernAttachment[];
  decisions: Decision[];
  actions: ConcernAction[];
  /** Every request, oldest first. */
  reconsiderations: Reconsideration[];
  /** The latest request. */
  reconsideration: Reconsideration | null;
}
