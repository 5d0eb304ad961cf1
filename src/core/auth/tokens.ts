import { createHash } from 'node:crypto';

/** Tokens are stored only as hashes, so a database leak does not leak live links or sessions. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** Emails in audit details are hashed: enough to correlate attacks, not to read addresses. */
export const hashEmail = (email: string): string =>
  createHash('sha256').update(`email:${email.trim().toLowerCase()}`).digest('hex').slice(0, 16);
