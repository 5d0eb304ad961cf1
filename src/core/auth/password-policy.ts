import { invalid } from '../shared/app-error.ts';
import type { CommonPasswords } from './ports.ts';

/**
 * NCSC / NIST 800-63B: length and a deny-list, no composition rules.
 * Throws a VALIDATION error naming `field`.
 */
export function checkPassword(
  password: string,
  common: CommonPasswords,
  context: { email?: string; fullName?: string; schoolName?: string },
  field = 'password',
): void {
  if (password.length < 12) throw invalid(field, 'Password must be at least 12 characters');
  if (password.length > 256) throw invalid(field, 'Password must be 256 characters or fewer');
  if (common.isCommon(password)) {
    throw invalid(
      field,
      'This password is too common: choose a longer phrase that is not easy to guess',
    );
  }
  const lower = password.toLowerCase();
  const personal = [context.email?.split('@')[0], context.fullName, context.schoolName]
    .filter((s): s is string => !!s && s.length >= 4)
    .map((s) => s.toLowerCase().replace(/\s+/g, ''));
  if (
    personal.some(
      (p) => lower.replace(/\s+/g, '') === p || (lower.includes(p) && lower.length - p.length < 6),
    )
  ) {
    throw invalid(field, 'Password must not be based on your name, email or school');
  }
  if (/^(.)\1+$/.test(password))
    throw invalid(field, 'Password must not be one character repeated');
}
