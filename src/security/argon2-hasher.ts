import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../core/auth/ports.ts';

/** argon2id with OWASP's 2023 minimum (19 MiB, 2 passes); tests may lower the cost. */
export function argon2Hasher(
  opts: { memoryCost?: number; timeCost?: number } = {},
): PasswordHasher {
  const params = {
    algorithm: 2 as const,
    memoryCost: opts.memoryCost ?? 19_456,
    timeCost: opts.timeCost ?? 2,
    parallelism: 1,
  };
  return {
    hash: (password) => hash(password, params),
    verify: async (h, password) => {
      try {
        return await verify(h, password);
      } catch {
        return false;
      }
    },
  };
}
