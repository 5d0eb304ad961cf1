/** Statutory and local clocks (D05, D13, D30), and the school calendar they count on. */
export type DeadlineRule =
  | 'urgent_ack'
  | 'fgm_police'
  | 'referral_follow_up'
  | 'icpc'
  | 'core_group'
  | 'cp_review_first'
  | 'cp_review'
  | 'lado_inform'
  | 'la_absence_notify'
  | 'reconsideration_answer'
  | 'action_due';

export type DeadlineState = 'open' | 'met' | 'missed' | 'waived';
export type DeadlineScope = 'mine' | 'school';
/** Watched: open or missed (still to do); closed: met or waived. */
export type DeadlineList = 'watched' | 'closed';

export interface Deadline {
  id: string;
  rule: DeadlineRule;
  /** What must happen, as the owner reads it. */
  label: string;
  /** Where the duty comes from. */
  source: string;
  subjectType: 'concern' | 'referral' | 'meeting' | 'allegation' | 'attendance' | 'action';
  subjectId: string;
  pupilId: string | null;
  pupilName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  startsAt: string;
  dueAt: string;
  remindAt: string | null;
  /** How the due time was worked out, in words (weekends and bank holidays passed over). */
  basis: string;
  state: DeadlineState;
  overdue: boolean;
  closedAt: string | null;
  waivedReason: string | null;
}

export interface DeadlineSummary {
  open: number;
  overdue: number;
}

export type CalendarEntryKind = 'term' | 'inset' | 'closure' | 'holiday';

export interface CalendarEntry {
  id: string;
  kind: CalendarEntryKind;
  name: string;
  /** First day, "YYYY-MM-DD". */
  first: string;
  /** Last day, inclusive. */
  last: string;
}

export type CalendarEntryInput = Omit<CalendarEntry, 'id'>;

export interface SchoolCalendarEntries {
  entries: CalendarEntry[];
}

export interface CalendarImportError {
  /** The spreadsheet row (the header is row 1); absent for a problem with the whole file. */
  row?: number;
  field?: string;
  message: string;
}

export interface CalendarImportResult {
  entries: CalendarEntryInput[];
  errors: CalendarImportError[];
}
