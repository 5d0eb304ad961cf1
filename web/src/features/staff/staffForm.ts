import type { Staff, StaffInput } from '../../api/types';
import type { FormErrors } from '../../lib/formErrors';
import { looksLikeEmail } from '../../lib/passwords';
import { ROLES, ROLE_LABELS, type Role } from '../../lib/roles';

export interface StaffValues {
  fullName: string;
  email: string;
  jobTitle: string;
  roles: Role[];
}

export const EMPTY_STAFF: StaffValues = { fullName: '', email: '', jobTitle: '', roles: [] };
export const STAFF_FIELDS = ['fullName', 'email', 'jobTitle', 'roles'];
export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function staffValues(staff: Staff): StaffValues {
  return {
    fullName: staff.fullName,
    email: staff.email,
    jobTitle: staff.jobTitle ?? '',
    roles: staff.roles,
  };
}

export function validateStaff(v: StaffValues): FormErrors {
  const errors: FormErrors = {};
  if (!v.fullName.trim()) errors.fullName = 'Enter their full name';
  if (!v.email.trim()) errors.email = 'Enter their email address';
  else if (!looksLikeEmail(v.email))
    errors.email = 'Enter an email address in the correct format, like name@example.com';
  if (v.roles.length === 0) errors.roles = 'Select at least one role';
  return errors;
}

export function staffInput(v: StaffValues): StaffInput {
  return {
    fullName: v.fullName.trim(),
    email: v.email.trim(),
    jobTitle: v.jobTitle.trim() || null,
    roles: v.roles,
  };
}

/** API field (e.g. `roles.2`) → the form field that shows its error. */
export function staffField(apiField: string): string {
  return apiField.startsWith('roles') ? 'roles' : apiField;
}

export const isStaffField = (field: string) => STAFF_FIELDS.includes(field);
