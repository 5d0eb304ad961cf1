import type { DateTime } from '../referrals/DateTimeFields';
import { pastInstant } from '../referrals/when';

/** How long a time put in as "now" still means now when the form is sent. */
const STILL_NOW_MS = 5 * 60_000;

/**
 * Like `pastInstant`, but a time left as Haven put it in ("now", when the form appeared) and sent
 * within a few minutes is sent as the exact moment, so steps recorded one after another keep their
 * order on the chronology instead of all falling at the start of their minute.
 */
export function stepInstant(
  value: DateTime,
  what: string,
  prefilled: { value: DateTime; at: number },
): ReturnType<typeof pastInstant> {
  const result = pastInstant(value, what);
  if (result.error) return result;
  const untouched = value.date === prefilled.value.date && value.time === prefilled.value.time;
  return untouched && Date.now() - prefilled.at < STILL_NOW_MS
    ? { at: new Date().toISOString() }
    : result;
}

/** What a date-and-time form starts with: now, and when that was. */
export function nowPrefill(parts: DateTime): { value: DateTime; at: number } {
  return { value: parts, at: Date.now() };
}
