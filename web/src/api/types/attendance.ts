/** Attendance (D10), children missing education and plans (D39): see docs/openapi.json. */

/** Marks on days the school calendar says the school was shut: kept, but not counted. */
export interface OffCalendar {
  marks: number;
  /** How many days those marks fall on; `dates` names the first few. */
  days: number;
  dates: string[];
}

export interface MarksImportResult {
  marks: number;
  pupils: number;
  from: string | null;
  to: string | null;
  errors: { row?: number; field?: string; message: string }[];
  offCalendar?: OffCalendar;
  notices?: number;
  alerts?: number;
}

export interface LaNotice {
  id: string;
  pupilId: string;
  pupilName: string;
  runFirst: string;
  reachedOn: string;
  openedAt: string;
  notifiedAt: string | null;
  notifiedTo: string | null;
  reference: string | null;
  dueAt: string | null;
}

export interface PupilAttendance {
  pupil: { id: string; displayName: string; yearGroup: string; upn: string | null };
  from: string;
  to: string;
  calendarSet: boolean;
  summary: {
    possible: number;
    present: number;
    authorised: number;
    unauthorised: number;
    notCounted: number;
    percentage: number | null;
    run: { days: number; first: string | null; last: string | null };
    offCalendar: OffCalendar;
  };
  days: { date: string; am: string | null; pm: string | null }[];
  notices: LaNotice[];
  rule: string;
}

export type MarkCategory = 'present' | 'authorised' | 'unauthorised' | 'not_counted';

export interface AttendanceCodes {
  source: string;
  codes: { code: string; meaning: string; category: MarkCategory }[];
}

export type PlanKind = 'child_protection' | 'child_in_need';

export interface AttendanceWatch {
  notices: LaNotice[];
  onPlans: {
    pupilId: string;
    pupilName: string;
    kinds: PlanKind[];
    absences: { date: string; session: string; code: string }[];
  }[];
}

export interface Plan {
  id: string;
  pupilId: string;
  kind: PlanKind;
  kindLabel: string;
  startsOn: string;
  endsOn: string | null;
  recordedAt: string;
}

export interface CmeEntry {
  id: string;
  pupilId: string;
  pupilName: string;
  lastSeenOn: string;
  reason: string;
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  closeOutcome: string | null;
  actions: {
    id: string;
    kind: string;
    kindLabel: string;
    at: string;
    doneBy: string;
    outcome: string;
    recordedBy: string;
  }[];
}
