import { randomBytes, randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): the time in milliseconds, then 74 random bits. Records made
 * together sort together, so each index gains rows at its end instead of on random pages: a
 * commit writes far fewer pages. The random bits come from `randomUUID`'s pooled entropy.
 */
export const newId = (): string => {
  const time = Date.now().toString(16).padStart(12, '0');
  // randomUUID gives xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx: keep all after its version digit.
  return `${time.slice(0, 8)}-${time.slice(8)}-7${randomUUID().slice(15)}`;
};

/** An unguessable token for links and sessions: 256 bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');
