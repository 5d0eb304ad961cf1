/** Alerts for the DSL team, and the local outbox of installs without SMTP. */
export type NotificationKind =
  | 'new_concern'
  | 'urgent_concern'
  | 'escalation'
  | 'reconsideration'
  /** To the recorder: the DSL has answered their request; it links to /concerns/mine (D19). */
  | 'reconsideration_answered'
  | 'deadline_reminder'
  | 'deadline_missed'
  | 'deadline_escalation'
  | 'staff_referral'
  /** A concern about an adult has been routed to you (case manager). */
  | 'allegation'
  /** Repeated low-level concerns about the same adult: review them together. */
  | 'allegation_pattern'
  /** 10 school days of unauthorised absence: tell the local authority (D10). */
  | 'attendance_la_notice'
  /** A child on a child protection or child in need plan was marked absent (D39). */
  | 'plan_absence'
  /** A colleague has given you access to a child's file: it links to /files/shared. */
  | 'file_shared'
  /** An action on a concern set for you by someone else: the DSL team's link to the concern. */
  | 'concern_action'
  | 'addendum';

export interface HavenNotification {
  id: string;
  kind: NotificationKind;
  concernId: string | null;
  deadlineId?: string | null;
  /** Set for alerts about a concern about an adult (and its LADO clock): link to /allegations/:id. */
  caseId?: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Notifications {
  items: HavenNotification[];
  unread: number;
}

export interface OutboxEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  at: string;
}
