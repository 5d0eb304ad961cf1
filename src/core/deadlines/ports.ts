import type { RuleId } from './rules.ts';
import type { DeadlineState } from './step.ts';

export type DeadlineSubject =
  | 'concern'
  | 'referral'
  | 'meeting'
  | 'allegation'
  /** A run of unauthorised absence the local authority must hear of (D10). */
  | 'attendance'
  /** An action on a concern, due by its date (D30). */
  | 'action';

/**
 * Clocks on sealed records (concerns about adults, D41): only their owner sees them, never the
 * school-wide dashboard, and their audit events name the case, which the school's log leaves out.
 */
export const SEALED_SUBJECTS: readonly DeadlineSubject[] = ['allegation'];

export interface DeadlineRow {
  id: string;
  schoolId: string;
  rule: RuleId;
  subjectType: DeadlineSubject;
  subjectId: string;
  pupilId: string | null;
  ownerId: string | null;
  startsAt: string;
  dueAt: string;
  remindAt: string | null;
  /** How the due time was computed, in words. */
  basis: string;
  state: DeadlineState;
  stage: number;
  nextCheckAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
  /**
   * Haven's own words for a clock it stood down itself (a referral withdrawn, a case closed):
   * fixed text, kept clear like the state. Never what a person wrote: that is `waivedReasonSealed`.
   */
  waivedReason: string | null;
  /** The reason a person gave for waiving the clock, sealed with the child's key (ADR 0003). */
  waivedReasonSealed: string | null;
  createdAt: string;
}

export interface DeadlineQuery {
  states: DeadlineState[];
  ownerId?: string;
  pupilId?: string;
  /** Include clocks on sealed records: only when listing the owner's own. */
  includeSealed?: boolean;
  limit: number;
}

export interface DeadlineRepo {
  add(row: DeadlineRow): Promise<void>;
  get(schoolId: string, id: string): Promise<DeadlineRow | null>;
  /** Soonest due first. */
  list(schoolId: string, q: DeadlineQuery): Promise<DeadlineRow[]>;
  /** Every deadline on one record, newest first, whatever its state. */
  ofSubject(schoolId: string, subjectId: string): Promise<DeadlineRow[]>;
  /** Open or missed deadlines of these rules on one record. */
  watchedFor(schoolId: string, subjectId: string, rules: readonly RuleId[]): Promise<DeadlineRow[]>;
  close(
    schoolId: string,
    id: string,
    patch: {
      state: 'met' | 'waived';
      closedAt: string;
      closedBy: string;
      /** Haven's own words only; a person's reason goes sealed in `waivedReasonSealed`. */
      waivedReason: string | null;
      waivedReasonSealed?: string | null;
    },
  ): Promise<void>;
  /**
   * Deadlines whose next check is due, oldest first, locked for this transaction; on PostgreSQL
   * rows another sweeper holds are skipped, so two sweepers never take the same deadline.
   */
  claimDue(now: string, limit: number): Promise<DeadlineRow[]>;
  advance(
    id: string,
    patch: { state: DeadlineState; stage: number; nextCheckAt: string | null },
  ): Promise<void>;
  settings(schoolId: string): Promise<Partial<Record<RuleId, number>>>;
  setSetting(schoolId: string, rule: RuleId, value: number): Promise<void>;
  /** Open and overdue counts, for the dashboard. */
  counts(
    schoolId: string,
    now: string,
    ownerId?: string,
    includeSealed?: boolean,
  ): Promise<{ open: number; overdue: number }>;
}

/** A sealed record's clock is audited against the record, so it stays out of the school's log. */
export const deadlineAuditSubject = (d: Pick<DeadlineRow, 'id' | 'subjectType' | 'subjectId'>) =>
  SEALED_SUBJECTS.includes(d.subjectType)
    ? { type: d.subjectType, id: d.subjectId }
    : { type: 'deadline', id: d.id };
