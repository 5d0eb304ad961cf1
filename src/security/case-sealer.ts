import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { CaseSealer } from '../core/allegations/ports.ts';
import type { SecretBox } from '../core/auth/ports.ts';
import { decrypt, encrypt } from './aead.ts';

const keyContext = (caseId: string) => `case-key:${caseId}`;

/**
 * One data key per case about an adult, wrapped by the key-encryption key, as children's files
 * are: a database copy alone reveals nothing, and destroying the key shreds the case.
 */
export function caseSealer(box: SecretBox, kek: Buffer): CaseSealer {
  const fingerprintKey = Buffer.from(
    hkdfSync('sha256', kek, Buffer.alloc(0), 'haven:subject-fingerprint', 32),
  );
  const unwrap = (wrapped: string, caseId: string) =>
    Buffer.from(box.open(wrapped, keyContext(caseId)), 'base64');
  return {
    newKey: (caseId) => box.seal(randomBytes(32).toString('base64'), keyContext(caseId)),
    seal: (wrapped, caseId, plaintext) => encrypt(unwrap(wrapped, caseId), caseId, plaintext),
    open: (wrapped, caseId, sealed) => decrypt(unwrap(wrapped, caseId), caseId, sealed),
    fingerprint: (text) => createHmac('sha256', fingerprintKey).update(text).digest('base64url'),
  };
}
