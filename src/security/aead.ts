import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto';

const IV_BYTES = 12;
const pool = Buffer.alloc(IV_BYTES * 256);
let next = pool.length;

/**
 * A fresh random 96-bit IV. Entropy is drawn 256 IVs at a time, as `randomUUID` does, and each
 * slice is copied out and used once.
 */
export function randomIv(): Buffer {
  if (next === pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  const iv = Buffer.from(pool.subarray(next, next + IV_BYTES));
  next += IV_BYTES;
  return iv;
}

/**
 * AES-256-GCM under a data key, with the record's id bound in as associated data so a sealed value
 * moved to another record does not open. Output: c1.<iv>.<tag>.<ciphertext>, base64url.
 */
export function encrypt(key: Buffer, aad: string, plaintext: string): string {
  const iv = randomIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    'c1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    body.toString('base64url'),
  ].join('.');
}

export function decrypt(key: Buffer, aad: string, sealed: string): string {
  const [v, iv, tag, body] = sealed.split('.');
  if (v !== 'c1' || !iv || !tag || body === undefined) throw new Error('Unrecognised ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}
