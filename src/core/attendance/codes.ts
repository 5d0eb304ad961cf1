// The national attendance codes schools in England record for each morning and afternoon session.
// Source: DfE, "Working together to improve school attendance" (statutory from 19 August 2024) and
// the School Attendance (Pupil Registration) (England) Regulations 2024, whose codes replaced the
// 2006 set (e.g. J1 and C1/C2 are new; Y is split into Y1-Y7; X is for non-compulsory age only).
// What each code counts as decides the summary, the 10-school-day rule (D10) and the alerts for
// children on a plan (D39), so the meaning lives here as data, beside its source.

/**
 * - present: attending, or attending an approved educational activity off site (a possible session);
 * - authorised / unauthorised: absence (a possible session);
 * - not_counted: attendance not required or impossible (not a possible session).
 */
export type MarkCategory = 'present' | 'authorised' | 'unauthorised' | 'not_counted';

export interface AttendanceCode {
  code: string;
  meaning: string;
  category: MarkCategory;
}

export const ATTENDANCE_CODE_SOURCE =
  'DfE, Working together to improve school attendance (August 2024); School Attendance (Pupil Registration) (England) Regulations 2024';

const c = (code: string, category: MarkCategory, meaning: string): AttendanceCode => ({
  code,
  meaning,
  category,
});

export const ATTENDANCE_CODES: readonly AttendanceCode[] = [
  c('/', 'present', 'Present (morning)'),
  c('\\', 'present', 'Present (afternoon)'),
  c('L', 'present', 'Late, arrived before the register closed'),
  c('K', 'present', 'Attending education provision arranged by the local authority'),
  c('V', 'present', 'Attending an educational visit or trip'),
  c('P', 'present', 'Participating in a sporting activity'),
  c('W', 'present', 'Attending work experience'),
  c('B', 'present', 'Attending any other approved educational activity'),
  c('J1', 'present', 'Attending an interview'),
  c('D', 'not_counted', 'Dual registered: attending another school'),
  c('C1', 'authorised', 'Leave: a regulated performance or employment abroad'),
  c('M', 'authorised', 'Leave: a medical or dental appointment'),
  c('S', 'authorised', 'Leave: study leave'),
  c('X', 'not_counted', 'Not required to attend: non-compulsory school age'),
  c('C2', 'authorised', 'Leave: part-time timetable'),
  c('C', 'authorised', 'Leave: exceptional circumstances'),
  c('T', 'authorised', 'Parent travelling for occupational purposes'),
  c('R', 'authorised', 'Religious observance'),
  c('I', 'authorised', 'Illness (not medical or dental appointment)'),
  c('E', 'authorised', 'Suspended or permanently excluded, no alternative provision'),
  c('Q', 'not_counted', 'Unable to attend: lack of access arrangements'),
  c('Y1', 'not_counted', 'Unable to attend: transport not available'),
  c('Y2', 'not_counted', 'Unable to attend: widespread disruption to travel'),
  c('Y3', 'not_counted', 'Unable to attend: part of the school premises closed'),
  c('Y4', 'not_counted', 'Unable to attend: whole school site unexpectedly closed'),
  c('Y5', 'not_counted', 'Unable to attend: in criminal justice detention'),
  c('Y6', 'not_counted', 'Unable to attend: public health guidance or law'),
  c('Y7', 'not_counted', 'Unable to attend: any other unavoidable cause'),
  c('G', 'unauthorised', 'Holiday not authorised by the school'),
  c('N', 'unauthorised', 'Reason for absence not yet established'),
  c('O', 'unauthorised', 'Absent in other or unknown circumstances'),
  c('U', 'unauthorised', 'Arrived in school after the register closed'),
  c('Z', 'not_counted', 'Prospective pupil not on the admission register'),
  c('#', 'not_counted', 'Planned whole-school closure'),
];

const BY_CODE = new Map(ATTENDANCE_CODES.map((a) => [a.code, a]));

/** The code as written in a register export: case-insensitive, so "o" and "j1" are read. */
export function attendanceCode(raw: string): AttendanceCode | null {
  return BY_CODE.get(raw.trim().toUpperCase()) ?? null;
}

export const categoryOf = (code: string): MarkCategory =>
  BY_CODE.get(code)?.category ?? 'not_counted';

/** Absence of either kind: what alerts the DSL for a child on a plan (D39). */
export const isAbsence = (code: string): boolean => {
  const k = categoryOf(code);
  return k === 'authorised' || k === 'unauthorised';
};

export const SESSIONS = ['AM', 'PM'] as const;
export type Session = (typeof SESSIONS)[number];
