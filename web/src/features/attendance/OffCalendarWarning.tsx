import type { OffCalendar } from '../../api/types';
import { WarningText } from '../../components/WarningText';
import { formatDate } from '../../lib/dates';

/**
 * Marks on days the calendar has the school shut count for nothing, so a wrong calendar would
 * quietly change a child's figures: say so, and say which days, wherever the marks are seen.
 */
export function OffCalendarWarning({ off }: { off: OffCalendar | undefined }) {
  if (!off?.marks) return null;
  const marks = off.marks === 1 ? 'One mark falls' : `${String(off.marks)} marks fall`;
  const others = off.days > off.dates.length ? ' and others' : '';
  return (
    <WarningText>
      {marks} on {off.days === 1 ? 'a day' : 'days'} the school calendar says the school was closed
      ({off.dates.map(formatDate).join(', ')}
      {others}). They are kept but not counted, in attendance or in runs of absence. If the school
      was open, correct the school calendar.
    </WarningText>
  );
}
