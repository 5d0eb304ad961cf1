import type { CalendarEntryInput, CalendarEntryKind } from '../../api/types';
import { formatDate } from '../../lib/dates';

export const ENTRY_KINDS: { value: CalendarEntryKind; label: string; hint?: string }[] = [
  { value: 'term', label: 'Term', hint: 'School is open on weekdays in a term' },
  { value: 'inset', label: 'INSET day' },
  { value: 'holiday', label: 'Holiday', hint: 'For example, half term' },
  { value: 'closure', label: 'School closed', hint: 'For example, polling day or snow' },
];

export const kindLabel = (kind: string) => ENTRY_KINDS.find((k) => k.value === kind)?.label ?? kind;

/** "3 September 2026", or "26 October 2026 to 30 October 2026". */
export function datesOf(e: CalendarEntryInput): string {
  return e.first === e.last
    ? formatDate(e.first)
    : `${formatDate(e.first)} to ${formatDate(e.last)}`;
}

/** The order a person reads a calendar in: by start date, terms before what falls inside them. */
export function sortEntries<T extends CalendarEntryInput>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      a.first.localeCompare(b.first) || Number(b.kind === 'term') - Number(a.kind === 'term'),
  );
}

export const inputOf = (e: CalendarEntryInput): CalendarEntryInput => ({
  kind: e.kind,
  name: e.name,
  first: e.first,
  last: e.last,
});
