import type { FormErrors } from '../../lib/formErrors';
import { checkNewPassword, looksLikeEmail } from '../../lib/passwords';

export interface SetupValues {
  schoolName: string;
  schoolUrn: string;
  localAuthority: string;
  fullName: string;
  email: string;
  password: string;
  confirmPassword: string;
}

export const EMPTY_SETUP: SetupValues = {
  schoolName: '',
  schoolUrn: '',
  localAuthority: '',
  fullName: '',
  email: '',
  password: '',
  confirmPassword: '',
};

export const SETUP_FIELDS = Object.keys(EMPTY_SETUP);

export function validateSetup(v: SetupValues): FormErrors {
  const errors: FormErrors = {};
  if (!v.schoolName.trim()) errors.schoolName = 'Enter the name of the school';
  if (v.schoolUrn.trim() && !/^\d{6}$/.test(v.schoolUrn.trim()))
    errors.schoolUrn = 'School URN must be 6 digits';
  if (!v.fullName.trim()) errors.fullName = 'Enter your full name';
  if (!v.email.trim()) errors.email = 'Enter your email address';
  else if (!looksLikeEmail(v.email))
    errors.email = 'Enter an email address in the correct format, like name@example.com';
  checkNewPassword(v.password, v.confirmPassword, errors);
  return errors;
}

export function setupRequest(token: string, v: SetupValues) {
  const optional = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    token,
    schoolName: v.schoolName.trim(),
    schoolUrn: optional(v.schoolUrn),
    localAuthority: optional(v.localAuthority),
    fullName: v.fullName.trim(),
    email: v.email.trim(),
    password: v.password,
  };
}
