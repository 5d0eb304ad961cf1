import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { randomIv } from './aead.ts';
import type { SecretBox } from '../core/auth/ports.ts';
import { memoised } from '../core/shared/bounded-cache.ts';

/**
 * AES-256-GCM with a key derived (HKDF-SHA256) from the key-encryption key for each context,
 * and the context bound in as associated data. Output: v1.<iv>.<tag>.<ciphertext>, base64url.
 */
export function aesGcmBox(kek: Buffer): SecretBox {
  if (kek.length !== 32) throw new Error('The key-encryption key must be 32 bytes');
  // A context is a child, a case or a purpose: the same few thousand come back all day.
  const keyFor = memoised(4096, (context: string) =>
    Buffer.from(hkdfSync('sha256', kek, Buffer.alloc(0), `haven:${context}`, 32)),
  );
  return {
    seal(plaintext, context) {
      const iv = randomIv();
      const cipher = createCipheriv('aes-256-gcm', keyFor(context), iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed, context) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined)
        throw new Error('Unrecognised sealed value');
      const decipher = createDecipheriv(
        'aes-256-gcm',
        keyFor(context),
        Buffer.from(iv, 'base64url'),
      );
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}
