import { invalid } from './app-error.ts';

/** Whole years between a YYYY-MM-DD birth date and `on`, as people count birthdays. */
export function ageOn(dateOfBirth: string, on: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const years = on.getUTCFullYear() - y;
  const beforeBirthday =
    on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d);
  return beforeBirthday ? years - 1 : years;
}

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(s);
}

/** Clocks differ by a little between a phone and the server; more than this is a mistake. */
const SKEW_MS = 5 * 60_000;

/** Refuses a time that has not happened yet, naming the field: a record says what was done. */
export function assertNotFuture(field: string, iso: string, now: Date): void {
  if (new Date(iso).getTime() > now.getTime() + SKEW_MS)
    throw invalid(field, 'Enter a time that has already passed');
}
