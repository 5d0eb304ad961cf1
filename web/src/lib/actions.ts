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
  | 'audit.read';

export function can(allowedActions: readonly string[] | undefined, action: Action): boolean {
  return allowedActions?.includes(action) ?? false;
}
