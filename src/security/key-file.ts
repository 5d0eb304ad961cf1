import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The key-encryption key lives outside the database: from HAVEN_KEK (base64, 32 bytes) or a key
 * file created on first start with 0600 permissions. Losing it loses every sealed secret, so the
 * operations guide tells admins to back it up separately from the database.
 */
export function loadKek(opts: { envKey?: string; keyFile: string }): {
  key: Buffer;
  created: boolean;
} {
  if (opts.envKey) {
    const key = strictBase64(opts.envKey.trim());
    if (key?.length !== 32) throw new Error('HAVEN_KEK must be 32 bytes, base64-encoded');
    return { key, created: false };
  }
  if (existsSync(opts.keyFile)) {
    const mode = statSync(opts.keyFile).mode & 0o777;
    if (mode & 0o077) chmodSync(opts.keyFile, 0o600);
    const key = Buffer.from(readFileSync(opts.keyFile, 'utf8').trim(), 'base64');
    if (key.length !== 32)
      throw new Error(`The key file ${opts.keyFile} does not hold a 32-byte key`);
    return { key, created: false };
  }
  mkdirSync(path.dirname(opts.keyFile), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(opts.keyFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return { key, created: true };
}

/**
 * Node's decoder skips what is not base64 and stops at padding, so quotes left by an env file or
 * text after the `=` would pass unseen: only exact base64 (standard or URL-safe) is a key.
 */
function strictBase64(text: string): Buffer | null {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/.test(standard))
    return null;
  return Buffer.from(standard, 'base64');
}
