export type Action =
  | 'school.read'
  | 'school.update'
  | 'staff.list'
  | 'staff.read'
  | 'staff.create'
  | 'staff.update'
  | 'staff.resetMfa'
  | 'pupil.list'
  | 'pupil.read'
  | 'pupil.create'
  | 'pupil.update'
  | 'audit.read'
  | 'concern.create'
  | 'concern.readOwn'
  | 'concern.triage'
  | 'file.read'
  | 'file.write'
  | 'file.grant'
  | 'category.manage'
  | 'deadline.readOwn'
  | 'deadline.readAll'
  | 'deadline.waive'
  | 'deadline.configure'
  | 'referral.manage'
  | 'referral.recordOwn'
  | 'calendar.read'
  | 'calendar.manage'
  | 'agency.manage';

export function can(allowedActions: readonly string[] | undefined, action: Action): boolean {
  return allowedActions?.includes(action) ?? false;
}
