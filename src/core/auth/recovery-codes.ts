import { randomBytes } from 'node:crypto';
import { hashToken } from './tokens.ts';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten single-use codes like `k3m9-pq2x-7hfa` (about 70 bits each). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export const normaliseRecoveryCode = (code: string): string =>
  code
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/^(.{4})(.{4})(.{4})$/, '$1-$2-$3');

export const hashRecoveryCode = (code: string): string =>
  hashToken(`recovery:${normaliseRecoveryCode(code)}`);

export const looksLikeRecoveryCode = (code: string): boolean =>
  normaliseRecoveryCode(code).length === 14;
