import { dictionary } from '@zxcvbn-ts/language-common';
import type { CommonPasswords } from '../core/auth/ports.ts';

/**
 * The bundled deny-list: zxcvbn-ts's list of the most common passwords from breach corpora
 * (about 49,000), plus obvious variants. Checked case-insensitively, and with trailing digits and
 * punctuation stripped, since "Password2024!" is as weak as "password".
 */
export function bundledCommonPasswords(extra: string[] = []): CommonPasswords {
  const list = new Set<string>(
    [...dictionary['passwords-common'], ...extra].map((p) => p.toLowerCase()),
  );
  for (const w of ['safeguarding', 'haven', 'school', 'teacher', 'welcome']) list.add(w);
  const core = (p: string) =>
    p
      .toLowerCase()
      .replace(/[\d\W_]+$/u, '')
      .replace(/^[\d\W_]+/u, '');
  return {
    isCommon(password) {
      const lower = password.toLowerCase();
      if (list.has(lower)) return true;
      return list.has(core(password)) || list.has(lower.replace(/\s+/g, ''));
    },
  };
}
