export const EVENT_TYPES: { value: string; label: string }[] = [
  { value: 'auth.sign_in', label: 'Signed in' },
  { value: 'auth.sign_in_failed', label: 'Sign-in failed' },
  { value: 'auth.sign_out', label: 'Signed out' },
  { value: 'auth.mfa_enrolled', label: 'Set up authenticator app' },
  { value: 'auth.mfa_failed', label: 'Wrong security code' },
  { value: 'auth.mfa_verified', label: 'Security code accepted' },
  { value: 'auth.mfa_reset', label: 'Authenticator app reset' },
  { value: 'auth.password_set', label: 'Password set' },
  { value: 'access.denied', label: 'Access denied' },
  { value: 'school.created', label: 'School created' },
  { value: 'school.updated', label: 'School changed' },
  { value: 'staff.created', label: 'Staff added' },
  { value: 'staff.read', label: 'Staff record viewed' },
  { value: 'staff.listed', label: 'Staff list viewed' },
  { value: 'staff.updated', label: 'Staff changed' },
  { value: 'staff.disabled', label: 'Staff account disabled' },
  { value: 'staff.enabled', label: 'Staff account enabled' },
  { value: 'staff.invited', label: 'Invite link created' },
  { value: 'pupil.created', label: 'Pupil added' },
  { value: 'pupil.read', label: 'Pupil record viewed' },
  { value: 'pupil.listed', label: 'Pupil list viewed' },
  { value: 'pupil.updated', label: 'Pupil changed' },
];

export function eventLabel(type: string): string {
  return EVENT_TYPES.find((t) => t.value === type)?.label ?? type;
}

export const EVENT_OPTIONS = EVENT_TYPES.map((t) => ({
  value: t.value,
  label: `${t.label} (${t.value})`,
}));
