import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { Clock } from '../../shared/clock.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { invalid } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Store } from '../../ports.ts';
import type { CalendarCsvError } from '../school-calendar-csv.ts';
import { parseSchoolCalendarCsv } from '../school-calendar-csv.ts';
import type { SchoolCalendar } from '../school-calendar.ts';
import type { CalendarEntry } from '../ports.ts';

interface Deps {
  store: Store;
  clock: Clock;
}

const date = z.string().refine(isIsoDate, 'Enter a date as YYYY-MM-DD');

export const calendarEntriesSchema = z.object({
  entries: z
    .array(
      z
        .object({
          kind: z.enum(['term', 'inset', 'closure', 'holiday'], 'Choose a kind'),
          name: z.string().trim().min(1, 'Enter a name').max(100),
          first: date,
          last: date,
        })
        .refine((e) => e.first <= e.last, { path: ['last'], message: 'End before the start' }),
    )
    .max(500),
});
export type CalendarEntriesInput = z.infer<typeof calendarEntriesSchema>;

/** The calendar functions' view of a school's rows: terms, and the days closed within them. */
export function schoolCalendarOf(entries: readonly Omit<CalendarEntry, 'id'>[]): SchoolCalendar {
  return {
    terms: entries
      .filter((e) => e.kind === 'term')
      .map((e) => ({ name: e.name, first: e.first, last: e.last })),
    closures: entries.flatMap((e) =>
      e.kind === 'term' ? [] : [{ kind: e.kind, name: e.name, first: e.first, last: e.last }],
    ),
  };
}

function entriesOf(calendar: SchoolCalendar): Omit<CalendarEntry, 'id'>[] {
  return [
    ...calendar.terms.map((t) => ({ kind: 'term' as const, ...t })),
    ...calendar.closures.map((c) => ({ kind: c.kind, name: c.name, first: c.first, last: c.last })),
  ].sort((a, b) => a.first.localeCompare(b.first));
}

/** Terms must not overlap: a day in two terms would be counted twice. */
function overlapping(entries: readonly Omit<CalendarEntry, 'id'>[]): number | null {
  const terms = entries
    .map((e, i) => ({ ...e, i }))
    .filter((e) => e.kind === 'term')
    .sort((a, b) => a.first.localeCompare(b.first));
  for (let k = 1; k < terms.length; k++) {
    const prev = terms[k - 1];
    const cur = terms[k];
    if (prev && cur && cur.first <= prev.last) return cur.i;
  }
  return null;
}

export async function getCalendar(deps: Deps, actor: Actor): Promise<CalendarEntry[]> {
  await requireAccess(deps, actor, 'calendar.read', { type: 'calendar', schoolId: actor.schoolId });
  return deps.store.transaction((r) => r.calendar.list(actor.schoolId));
}

async function save(
  deps: Deps,
  actor: Actor,
  entries: Omit<CalendarEntry, 'id'>[],
  imported: boolean,
): Promise<CalendarEntry[]> {
  const clash = overlapping(entries);
  if (clash !== null) throw invalid(`entries.${clash}.first`, 'This term overlaps another term');
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    await r.calendar.replace(
      actor.schoolId,
      entries.map((e) => ({ ...e, id: newId() })),
    );
    await r.audit.append(
      {
        type: 'calendar.updated',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: imported ? 'School calendar imported' : 'School calendar updated',
        details: { entries: entries.length, imported },
      },
      now,
    );
    return r.calendar.list(actor.schoolId);
  });
}

/** Replaces the school's terms and closure days as an administrator edited them. */
export async function replaceCalendar(
  deps: Deps,
  actor: Actor,
  input: CalendarEntriesInput,
): Promise<CalendarEntry[]> {
  await requireAccess(deps, actor, 'calendar.manage', {
    type: 'calendar',
    schoolId: actor.schoolId,
  });
  return save(deps, actor, input.entries, false);
}

/**
 * Reads a calendar from a spreadsheet's CSV (kind,name,start,end). A dry run only previews; a real
 * run saves nothing unless every row is good, so a bad file never half-replaces a calendar.
 */
export async function importCalendar(
  deps: Deps,
  actor: Actor,
  csv: string,
  dryRun: boolean,
): Promise<{ entries: Omit<CalendarEntry, 'id'>[]; errors: readonly CalendarCsvError[] }> {
  await requireAccess(deps, actor, 'calendar.manage', {
    type: 'calendar',
    schoolId: actor.schoolId,
  });
  const parsed = parseSchoolCalendarCsv(csv);
  if (!parsed.ok) {
    if (!dryRun) {
      const first = parsed.errors[0];
      throw invalid('csv', first ? describe(first) : 'The file could not be read');
    }
    return { entries: [], errors: parsed.errors };
  }
  const entries = entriesOf(parsed.calendar);
  if (dryRun) return { entries, errors: [] };
  return { entries: await save(deps, actor, entries, true), errors: [] };
}

const describe = (e: CalendarCsvError): string =>
  `${e.row !== undefined ? `Row ${e.row}` : 'The file'}${e.field ? `, ${e.field}` : ''}: ${e.message}`;
