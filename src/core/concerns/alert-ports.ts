// The ports of alerting: the in-app notifications and the durable outbox of emails (D05).

export const NOTIFICATION_KINDS = [
  'new_concern',
  'urgent_concern',
  'escalation',
  'reconsideration',
  /** To the recorder: the DSL has answered their request (D19). */
  'reconsideration_answered',
  'addendum',
  'deadline_reminder',
  'deadline_missed',
  'deadline_escalation',
  'staff_referral',
  'allegation',
  'allegation_pattern',
  'attendance_la_notice',
  'plan_absence',
  'file_shared',
  /** To an action's owner, when someone else set it: a link, never what the action is. */
  'concern_action',
] as const;

export interface NotificationRow {
  id: string;
  schoolId: string;
  userId: string;
  kind: (typeof NOTIFICATION_KINDS)[number];
  concernId: string | null;
  deadlineId?: string | null;
  /** A case about an adult (D41): the alert links to it and says nothing more. */
  caseId?: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationRepo {
  add(rows: NotificationRow[]): Promise<void>;
  list(userId: string, limit: number): Promise<NotificationRow[]>;
  unread(userId: string): Promise<number>;
  markRead(userId: string, id: string, at: string): Promise<boolean>;
  /** Who was sent any of these kinds of alert about the concern. */
  recipientsAbout(concernId: string, kinds: readonly NotificationRow['kind'][]): Promise<string[]>;
  /** Whether any of these kinds of alert about the concern went to this person. */
  sentAbout(
    userId: string,
    concernId: string,
    kinds: readonly NotificationRow['kind'][],
  ): Promise<boolean>;
}

export interface OutboxMessage {
  id: string;
  schoolId: string | null;
  kind: 'email';
  payload: {
    to: string;
    subject: string;
    text: string;
    /** The staff member it is for: someone disabled since it was queued is not sent it. */
    recipientId?: string;
    /** The clock it is about: once the clock is met, a late escalation is not sent. */
    deadlineId?: string;
  };
  createdAt: string;
  availableAt: string;
}

export interface OutboxRepo {
  enqueue(messages: OutboxMessage[]): Promise<void>;
  /**
   * Claims up to `limit` due messages until `claimUntil`; other workers skip them. `attempts` is
   * the number the coming try would be: a claim is not a try, so it counts nothing itself.
   */
  claim(
    now: string,
    claimUntil: string,
    limit: number,
  ): Promise<(OutboxMessage & { attempts: number })[]>;
  /**
   * These take the lease the claim set, and do nothing once another worker has claimed the
   * message since: that worker now owns its bookkeeping. False when the claim was lost.
   * `markTried` counts an attempt just before the send, so a send a crash cuts short counts too.
   */
  markTried(id: string, claimedUntil: string): Promise<boolean>;
  markSent(id: string, claimedUntil: string, at: string): Promise<boolean>;
  markFailed(id: string, claimedUntil: string, error: string, retryAt: string): Promise<boolean>;
  /** Never to be sent, and never claimed again; kept with why, so nothing queued goes unexplained. */
  markSkipped(id: string, claimedUntil: string, reason: string, at: string): Promise<boolean>;
  /**
   * Makes due at `now` every message waiting out a failure whose error begins with `errorPrefix`
   * (the worker marks so those that found no mail server); the number made due.
   */
  retryFailedNow(now: string, errorPrefix: string): Promise<number>;
  /** Neither sent nor skipped. */
  pending(): Promise<number>;
  /** Unsent messages that have failed at least once, and when the oldest of them was queued. */
  failing(): Promise<{ count: number; oldestQueuedAt: string | null }>;
}
