export type CalendarEntryKind = 'term' | 'inset' | 'closure' | 'holiday';

/** One row of a school's calendar: a term, or days the school is closed to pupils. */
export interface CalendarEntry {
  id: string;
  kind: CalendarEntryKind;
  name: string;
  first: string;
  last: string;
}

export interface CalendarRepo {
  list(schoolId: string): Promise<CalendarEntry[]>;
  /** Replaces the school's whole calendar. */
  replace(schoolId: string, entries: CalendarEntry[]): Promise<void>;
}
