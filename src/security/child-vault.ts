import { randomBytes } from 'node:crypto';
import { decrypt, encrypt } from './aead.ts';
import type { ChildVault } from '../core/concerns/ports.ts';
import type { Repos } from '../core/ports.ts';
import type { SecretBox } from '../core/auth/ports.ts';
import type { Clock } from '../core/shared/clock.ts';

const keyContext = (pupilId: string) => `child-key:${pupilId}`;

/**
 * Envelope encryption, one data key per child: AES-256-GCM with the child's id bound in, the data
 * key wrapped by the key-encryption key. Keys are unwrapped at most once per transaction.
 */
export function childVault(r: Repos, box: SecretBox, clock: Clock): ChildVault {
  const cache = new Map<string, Buffer | null>();

  async function keyOf(pupilId: string): Promise<Buffer | null> {
    if (cache.has(pupilId)) return cache.get(pupilId) ?? null;
    const stored = await r.childKeys.get(pupilId);
    const key =
      stored?.wrappedKey && !stored.destroyedAt
        ? Buffer.from(box.open(stored.wrappedKey, keyContext(pupilId)), 'base64')
        : null;
    if (stored) cache.set(pupilId, key);
    return key;
  }

  return {
    async seal(schoolId, pupilId, plaintext) {
      let key = await keyOf(pupilId);
      if (!key) {
        const existing = await r.childKeys.get(pupilId);
        if (existing?.destroyedAt) throw new Error('This child’s file has been destroyed');
        // A concurrent first write may win the insert: whichever key is stored is the one used.
        await r.childKeys.create(
          schoolId,
          pupilId,
          box.seal(randomBytes(32).toString('base64'), keyContext(pupilId)),
          clock.now(),
        );
        cache.delete(pupilId);
        key = await keyOf(pupilId);
        if (!key) throw new Error('Could not create the child’s data key');
      }
      return encrypt(key, pupilId, plaintext);
    },
    async open(pupilId, sealed) {
      const key = await keyOf(pupilId);
      return key ? decrypt(key, pupilId, sealed) : null;
    },
  };
}
