import type { FormErrors } from './formErrors';

export const PASSWORD_HINT = 'At least 12 characters. A long phrase of several words is good.';
export const MIN_PASSWORD_LENGTH = 12;

/** Checks a new password and its confirmation, adding errors under `password` / `confirmPassword`. */
export function checkNewPassword(password: string, confirm: string, errors: FormErrors): void {
  if (!password) errors.password = 'Enter a password';
  else if (password.length < MIN_PASSWORD_LENGTH)
    errors.password = `Password must be at least ${String(MIN_PASSWORD_LENGTH)} characters`;
  if (!confirm) errors.confirmPassword = 'Enter the password again';
  else if (password && confirm !== password) errors.confirmPassword = 'The passwords do not match';
}

export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
