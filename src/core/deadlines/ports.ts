import type { RuleId } from './rules.ts';
import type { DeadlineState } from './step.ts';

export type DeadlineSubject = 'concern' | 'referral' | 'meeting';

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
  waivedReason: string | null;
  createdAt: string;
}

export interface DeadlineQuery {
  states: DeadlineState[];
  ownerId?: string;
  pupilId?: string;
  limit: number;
}

export interface DeadlineRepo {
  add(row: DeadlineRow): Promise<void>;
  get(schoolId: string, id: string): Promise<DeadlineRow | null>;
  /** Soonest due first. */
  list(schoolId: string, q: DeadlineQuery): Promise<DeadlineRow[]>;
  /** Open or missed deadlines of these rules on one record. */
  watchedFor(schoolId: string, subjectId: string, rules: readonly RuleId[]): Promise<DeadlineRow[]>;
  close(
    schoolId: string,
    id: string,
    patch: {
      state: 'met' | 'waived';
      closedAt: string;
      closedBy: string;
      waivedReason: string | null;
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
  ): Promise<{ open: number; overdue: number }>;
}
