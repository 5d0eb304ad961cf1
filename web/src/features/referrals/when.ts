import { londonInstant } from '../../lib/dates';
import type { DateTime } from './DateTimeFields';

/**
 * The instant of a date and time typed in UK time, or an error message: it must be a real time,
 * and not in the future (these forms record what has already happened).
 */
export function pastInstant(
  value: DateTime,
  what: string,
): { at: string; error?: undefined } | { at?: undefined; error: string } {
  if (!value.date || !value.time) return { error: `Enter the date and time ${what}` };
  const at = londonInstant(value.date, value.time);
  if (!at) return { error: `Enter a real date and time ${what}` };
  if (new Date(at).getTime() > Date.now() + 60_000)
    return { error: `The date and time ${what} must be in the past` };
  return { at };
}
