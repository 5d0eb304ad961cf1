export const FILE_ENTRY_KINDS = [
  'concern',
  'addendum',
  'decision',
  'action',
  'note',
  'document',
  'referral',
  'disclosure',
  'meeting',
  'attendance',
  'cme',
  'plan',
] as const;

import type { Category, NeedLevel, NeedModel } from './categories.ts';
import type { ChildRole, ConcernStatus, Outcome } from './concern.ts';

// Alerting's ports have a file of their own; they are named here too, for the repositories.
export { NOTIFICATION_KINDS } from './alert-ports.ts';
export type {
  NotificationRepo,
  NotificationRow,
  OutboxMessage,
  OutboxRepo,
} from './alert-ports.ts';

export interface CategoryRepo {
  list(schoolId: string): Promise<Category[]>;
  /** The codes of those of `ids` that are this school's and in use. */
  activeCodes(schoolId: string, ids: string[]): Promise<Map<string, string>>;
  seed(
    schoolId: string,
    categories: { id: string; code: string; label: string; group: string | null }[],
  ): Promise<void>;
  create(
    schoolId: string,
    c: { id: string; code: string; label: string; group: string | null },
  ): Promise<Category>;
  update(
    schoolId: string,
    id: string,
    patch: { label?: string; active?: boolean },
  ): Promise<Category | null>;
}

/** A school's levels-of-need model (D47). */
export interface NeedLevelRepo {
  /** Null until the school is seeded. `lock` holds the school's model until the transaction ends. */
  get(schoolId: string, opts?: { lock?: boolean }): Promise<NeedModel | null>;
  seed(
    schoolId: string,
    model: string,
    levels: { id: string; code: string; label: string; description: string }[],
  ): Promise<void>;
  create(
    schoolId: string,
    level: { id: string; code: string; label: string; description: string },
  ): Promise<NeedLevel>;
  update(
    schoolId: string,
    id: string,
    patch: { label?: string; description?: string; active?: boolean },
  ): Promise<NeedLevel | null>;
  /** `ids` is every level of the school, in their new order. */
  reorder(schoolId: string, ids: string[]): Promise<void>;
  rename(schoolId: string, model: string): Promise<void>;
}

export interface ChildKeyRepo {
  get(pupilId: string): Promise<{ wrappedKey: string | null; destroyedAt: string | null } | null>;
  create(schoolId: string, pupilId: string, wrappedKey: string, at: Date): Promise<void>;
}

export interface ConcernRow {
  id: string;
  schoolId: string;
  reference: string;
  kind: 'concern' | 'wellbeing';
  recordedBy: string;
  recordedAt: string;
  incidentAt: string;
  primaryCategoryId: string;
  tagIds: string[];
  immediateRisk: boolean;
  spokeToDsl: boolean;
  status: ConcernStatus;
  ownerId: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  contentHash: string;
}

export interface ConcernChildRow {
  concernId: string;
  pupilId: string;
  role: ChildRole;
  sealed: string | null;
}

/** A request for reconsideration and, once given, the DSL's answer (D19). */
export interface ReconsiderationRow {
  id: string;
  concernId: string;
  schoolId: string;
  requestedBy: string;
  requestedAt: string;
  reasonSealed: string;
  answeredBy: string | null;
  answeredAt: string | null;
  answerSealed: string | null;
}

export interface ConcernRepo {
  nextReferenceNumber(schoolId: string): Promise<number>;
  /**
   * Records that this author's sending under `key` makes concern `concernId`; answers the concern
   * an earlier sending under the same key made instead, if there was one (waiting for it to commit).
   */
  claimSubmission(s: {
    schoolId: string;
    authorId: string;
    key: string;
    concernId: string;
    at: string;
  }): Promise<{ earlier: string | null }>;
  /** Whether this author already sent a concern under `key`. */
  wasSubmitted(authorId: string, key: string): Promise<boolean>;
  create(row: ConcernRow, children: ConcernChildRow[]): Promise<void>;
  get(schoolId: string, id: string): Promise<ConcernRow | null>;
  /** As `get`, and locked until the transaction ends: for checks a concurrent write could undo. */
  lock(schoolId: string, id: string): Promise<ConcernRow | null>;
  children(schoolId: string, concernIds: string[]): Promise<ConcernChildRow[]>;
  list(
    schoolId: string,
    q: {
      status?: ConcernStatus;
      urgent?: boolean;
      recordedBy?: string;
      /** Only those with a request for reconsideration waiting for its answer. */
      awaitingAnswer?: boolean;
      /** Only this person's cases; null for those nobody owns yet. */
      ownerId?: string | null;
      /**
       * Only those where every word (lower-cased) is in the reference, a linked child's names or
       * the recorder's name; never in the narrative, which is sealed.
       */
      matching?: string[];
      /** Only those after this place in the order: urgent first, then newest, then by id. */
      before?: { immediateRisk: boolean; recordedAt: string; id: string };
      /** Newest first whether urgent or not, as a recorder's own list reads (not with `before`). */
      newestFirst?: boolean;
      limit: number;
    },
  ): Promise<ConcernRow[]>;
  counts(schoolId: string): Promise<Record<ConcernStatus, number>>;
  update(
    schoolId: string,
    id: string,
    patch: Partial<Pick<ConcernRow, 'status' | 'ownerId' | 'acknowledgedAt' | 'acknowledgedBy'>>,
  ): Promise<void>;
  addDecision(d: {
    id: string;
    concernId: string;
    schoolId: string;
    decidedBy: string;
    at: string;
    outcome: Outcome;
    levelOfNeed: string;
    sealed: string;
  }): Promise<void>;
  decisions(
    schoolId: string,
    concernId: string,
  ): Promise<
    {
      id: string;
      decidedBy: string;
      at: string;
      outcome: Outcome;
      levelOfNeed: string;
      sealed: string;
    }[]
  >;
  addAction(a: {
    id: string;
    concernId: string;
    schoolId: string;
    ownerId: string;
    dueOn: string;
    sealed: string;
    createdAt: string;
  }): Promise<void>;
  actions(
    schoolId: string,
    concernId: string,
  ): Promise<
    {
      id: string;
      ownerId: string;
      dueOn: string;
      sealed: string;
      createdAt: string;
      doneAt: string | null;
    }[]
  >;
  completeAction(
    schoolId: string,
    concernId: string,
    actionId: string,
    at: string,
  ): Promise<boolean>;
  /** The actions someone owns that are not yet done, soonest due first, with their concern. */
  openActionsOwnedBy(
    schoolId: string,
    ownerId: string,
  ): Promise<{ id: string; concernId: string; dueOn: string; sealed: string; createdAt: string }[]>;
  /** A request for reconsideration; false when one on the concern is still waiting (D19). */
  addReconsideration(
    r: Omit<ReconsiderationRow, 'answeredBy' | 'answeredAt' | 'answerSealed'>,
  ): Promise<boolean>;
  /** Every request on these concerns and its answer, oldest first. */
  reconsiderations(schoolId: string, concernIds: string[]): Promise<ReconsiderationRow[]>;
  /** Of these concerns (all the school's when none are named), those with a request unanswered. */
  awaitingAnswer(schoolId: string, concernIds?: string[]): Promise<string[]>;
  /** False when the request was answered already. */
  answerReconsideration(
    schoolId: string,
    requestId: string,
    a: { answeredBy: string; answeredAt: string; answerSealed: string },
  ): Promise<boolean>;
}

export interface FileEntryRow {
  id: string;
  schoolId: string;
  pupilId: string;
  concernId: string | null;
  kind: (typeof FILE_ENTRY_KINDS)[number];
  at: string;
  authorId: string;
  significant: boolean;
  sealed: string | null;
}

/** A concern a child is in, as their file tells it: its facts in clear, its words sealed for them. */
export interface FileConcernRow {
  concernId: string;
  reference: string;
  kind: ConcernRow['kind'];
  incidentAt: string;
  /** Null when the category is not the school's (it always is; a join cannot promise it). */
  categoryLabel: string | null;
  immediateRisk: boolean;
  role: ChildRole;
  /** The narrative sealed with this child's key. */
  sealed: string | null;
}

export interface FileRepo {
  addEntries(entries: FileEntryRow[]): Promise<void>;
  entries(
    schoolId: string,
    pupilId: string,
    q: { kind?: string; significant?: boolean },
  ): Promise<FileEntryRow[]>;
  /** Every concern this child is in, in one read however long the chronology. */
  concernsOf(schoolId: string, pupilId: string): Promise<FileConcernRow[]>;
  setSignificant(
    schoolId: string,
    pupilId: string,
    entryId: string,
    significant: boolean,
  ): Promise<boolean>;
  opened(schoolId: string, pupilId: string): Promise<{ openedAt: string; openedBy: string } | null>;
  open(schoolId: string, pupilId: string, by: string, at: string): Promise<void>;
}

export interface GrantRow {
  id: string;
  schoolId: string;
  pupilId: string;
  granteeId: string;
  grantedBy: string;
  reason: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface GrantRepo {
  create(g: GrantRow): Promise<void>;
  list(schoolId: string, pupilId: string): Promise<GrantRow[]>;
  live(schoolId: string, pupilId: string, granteeId: string, at: string): Promise<GrantRow | null>;
  /** Every grant to this person, for any child, neither revoked nor expired at `at`; newest first. */
  liveFor(schoolId: string, granteeId: string, at: string): Promise<GrantRow[]>;
  revoke(schoolId: string, pupilId: string, id: string, at: string): Promise<boolean>;
  /** Revokes every grant to this person still live at `at`; the grants it ended. */
  revokeLiveFor(schoolId: string, granteeId: string, at: string): Promise<GrantRow[]>;
}

export interface DraftRepo {
  put(d: {
    id: string;
    schoolId: string;
    authorId: string;
    updatedAt: string;
    sealed: string;
  }): Promise<boolean>;
  list(
    schoolId: string,
    authorId: string,
  ): Promise<{ id: string; updatedAt: string; sealed: string }[]>;
  delete(schoolId: string, authorId: string, id: string): Promise<boolean>;
}

/** Seals and opens text with a child's own data key. */
export interface ChildVault {
  seal(schoolId: string, pupilId: string, plaintext: string): Promise<string>;
  /** Null once the child's key has been destroyed (the file was shredded). */
  open(pupilId: string, sealed: string): Promise<string | null>;
}

export interface AttachmentRow {
  id: string;
  schoolId: string;
  concernId: string;
  pupilId: string;
  uploadedBy: string;
  uploadedAt: string;
  mime: string;
  size: number;
  sealedName: string;
}

export interface AttachmentRepo {
  add(row: AttachmentRow & { sealedContent: string }): Promise<void>;
  list(schoolId: string, concernId: string): Promise<AttachmentRow[]>;
  content(
    schoolId: string,
    concernId: string,
    id: string,
  ): Promise<(AttachmentRow & { sealedContent: string }) | null>;
}

export interface ContactRepo {
  list(schoolId: string): Promise<import('./contacts.ts').LocalContact[]>;
  replace(
    schoolId: string,
    contacts: (import('./contacts.ts').LocalContact & { id: string })[],
  ): Promise<void>;
}
