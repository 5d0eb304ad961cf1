import { randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** An unguessable token for links and sessions: 256 bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');
