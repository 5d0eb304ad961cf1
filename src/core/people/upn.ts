/**
 * Unique Pupil Numbers (DfE): 13 characters, a check letter then 12 characters, the last of which
 * may be a letter in a temporary UPN. The check letter is the weighted sum (weights 2..13) of
 * characters 2-13, modulo 23, mapped onto the alphabet below (I, O and S are never used).
 */
const CHECK_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export function upnCheckLetter(body12: string): string | null {
  if (!/^\d{11}[0-9A-Z]$/.test(body12)) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = body12[i] as string;
    const value = /\d/.test(ch) ? Number(ch) : CHECK_ALPHABET.indexOf(ch);
    if (value < 0) return null;
    sum += value * (i + 2);
  }
  return CHECK_ALPHABET[sum % 23] ?? null;
}

export type UpnProblem = 'format' | 'check_letter';

/** Returns why a UPN is invalid, or null when it is valid. Case is ignored. */
export function upnProblem(raw: string): UpnProblem | null {
  const upn = raw.trim().toUpperCase();
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(upn)) return 'format';
  const expected = upnCheckLetter(upn.slice(1));
  if (expected === null) return 'format';
  return expected === upn[0] ? null : 'check_letter';
}

export const normaliseUpn = (raw: string): string => raw.trim().toUpperCase();
