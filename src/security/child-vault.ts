import { randomBytes } from 'node:crypto';
import { decrypt, encrypt } from './aead.ts';
import type { ChildVault } from '../core/concerns/ports.ts';
import type { Repos } from '../core/ports.ts';
import type { SecretBox } from '../core/auth/ports.ts';
import type { Clock } from '../core/shared/clock.ts';
import { memoised } from '../core/shared/bounded-cache.ts';

const keyContext = (pupilId: string) => `child-key:${pupilId}`;

/**
 * Unwrapped data keys by wrapped value, per key-encryption key. The wrapped value is still read
 * from storage every time, so a destroyed key stops working at once.
 */
const unwrapped = new WeakMap<SecretBox, (cacheKey: string) => Buffer>();
function unwrap(box: SecretBox, pupilId: string, wrappedKey: string): Buffer {
  let fn = unwrapped.get(box);
  if (!fn) {
    fn = memoised(4096, (k) => {
      const [id, wrapped] = k.split('\n') as [string, string];
      return Buffer.from(box.open(wrapped, keyContext(id)), 'base64');
    });
    unwrapped.set(box, fn);
  }
  return fn(`${pupilId}\n${wrappedKey}`);
}

/**
 * Envelope encryption, one data key per child: AES-256-GCM with the child's id bound in, the data
 * key wrapped by the key-encryption key. Keys are unwrapped once and kept in memory, beside the
 * key-encryption key that could unwrap them anyway.
 */
export function childVault(r: Repos, box: SecretBox, clock: Clock): ChildVault {
  const cache = new Map<string, Buffer | null>();

  async function keyOf(pupilId: string): Promise<Buffer | null> {
    if (cache.has(pupilId)) return cache.get(pupilId) ?? null;
    const stored = await r.childKeys.get(pupilId);
    const key =
      stored?.wrappedKey && !stored.destroyedAt ? unwrap(box, pupilId, stored.wrappedKey) : null;
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
