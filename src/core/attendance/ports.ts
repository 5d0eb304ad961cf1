import type { Session } from './codes.ts';

export interface MarkRow {
  schoolId: string;
  pupilId: string;
  date: string;
  session: Session;
  code: string;
  source: 'import' | 'entry';
  recordedBy: string;
  recordedAt: string;
}

/** A run of 10 school days' unauthorised absence, and the local authority being told of it (D10). */
export interface LaNoticeRow {
  id: string;
  schoolId: string;
  pupilId: string;
  runFirst: string;
  /** The tenth school day of the run: the day the duty arose. */
  reachedOn: string;
  openedAt: string;
  notifiedAt: string | null;
  notifiedTo: string | null;
  reference: string | null;
  notifiedBy: string | null;
}

export type PlanKind = 'child_protection' | 'child_in_need';

export interface PlanRow {
  id: string;
  schoolId: string;
  pupilId: string;
  kind: PlanKind;
  startsOn: string;
  endsOn: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface AttendanceRepo {
  /** Inserts or replaces each pupil/date/session mark: importing a file twice changes nothing. */
  upsertMarks(rows: MarkRow[]): Promise<void>;
  marks(schoolId: string, pupilId: string, from?: string): Promise<MarkRow[]>;
  /** Pupil ids by UPN, scoped to the school: another school's pupil is simply not there. */
  pupilsByUpn(schoolId: string, upns: string[]): Promise<Map<string, string>>;
  notices(schoolId: string, q: { pupilId?: string; open?: boolean }): Promise<LaNoticeRow[]>;
  getNotice(schoolId: string, id: string): Promise<LaNoticeRow | null>;
  addNotice(row: LaNoticeRow): Promise<void>;
  recordNotified(
    schoolId: string,
    id: string,
    n: { notifiedAt: string; notifiedTo: string; reference: string | null; notifiedBy: string },
  ): Promise<boolean>;
  /** Records that the DSL team was alerted about this child today; false if it already was. */
  claimPlanAlert(schoolId: string, pupilId: string, day: string): Promise<boolean>;
}

export interface PlanRepo {
  add(row: PlanRow): Promise<void>;
  get(schoolId: string, id: string): Promise<PlanRow | null>;
  list(schoolId: string, pupilId: string): Promise<PlanRow[]>;
  /** Every plan of these pupils, open or ended. */
  forPupils(schoolId: string, pupilIds: string[]): Promise<PlanRow[]>;
  /** The school's plans open on the day. */
  openOn(schoolId: string, day: string): Promise<PlanRow[]>;
  end(schoolId: string, id: string, endsOn: string): Promise<void>;
}

export type CmeActionKind = 'call' | 'home_visit' | 'cme_referral' | 'police' | 'other';

/** A child missing education: whereabouts unknown (D10). What was said is sealed. */
export interface CmeEntryRow {
  id: string;
  schoolId: string;
  pupilId: string;
  lastSeenOn: string;
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Sealed with the child's key: { reason, closeReason? }. */
  sealed: string;
}

export interface CmeActionRow {
  id: string;
  schoolId: string;
  entryId: string;
  pupilId: string;
  kind: CmeActionKind;
  at: string;
  recordedBy: string;
  recordedAt: string;
  /** Sealed: { doneBy, outcome }. */
  sealed: string;
}

export interface CmeRepo {
  add(row: CmeEntryRow): Promise<void>;
  get(schoolId: string, id: string): Promise<CmeEntryRow | null>;
  list(schoolId: string, q: { open?: boolean; pupilId?: string }): Promise<CmeEntryRow[]>;
  close(
    schoolId: string,
    id: string,
    c: { closedAt: string; closedBy: string; sealed: string },
  ): Promise<boolean>;
  addAction(row: CmeActionRow): Promise<void>;
  actions(schoolId: string, entryId: string): Promise<CmeActionRow[]>;
}
