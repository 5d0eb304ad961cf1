import { DAY_MS, civilFromDays, daysFromCivil, daysInMonth } from './day-number.ts';
import { instantMs, londonInstantMs, londonWallMs } from './london-time.ts';

/**
 * The instant `n` calendar months after `instant` (n may be negative) at the same London clock
 * time. A day that the target month lacks is clamped to its last day: 31 January + 1 month is
 * 28 February (29 in a leap year). A clock time the target day skips or repeats at a BST change
 * resolves as in `londonDateTime`.
 */
export function addMonths(instant: Date, n: number): Date {
  if (!Number.isInteger(n)) throw new RangeError(`months must be a whole number, not ${n}`);
  const wall = londonWallMs(instantMs(instant));
  const day = Math.floor(wall / DAY_MS);
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const target = daysFromCivil(
    targetYear,
    targetMonth,
    Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)),
  );
  return new Date(londonInstantMs(target, wall - day * DAY_MS));
}
