import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { londonDate } from '../../calendar/index.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { invalid, notFound } from '../../shared/app-error.ts';
import type { Repos } from '../../ports.ts';
import type { Session } from '../codes.ts';
import type { MarkEntryInput } from '../inputs.ts';
import { parseMarksCsv, type MarkLine, type MarksCsvError } from '../marks-csv.ts';
import type { MarkRow } from '../ports.ts';
import { onSchoolDays, type OffCalendar } from '../summary.ts';
import { schoolCalendarOf } from '../../calendar/use-cases/school-calendar.ts';
import { afterMarks } from './after-marks.ts';

export interface ImportPreview {
  marks: number;
  pupils: number;
  from: string | null;
  to: string | null;
  errors: MarksCsvError[];
  /** Marks on days the school calendar says the school was shut: kept, but not counted. */
  offCalendar?: OffCalendar;
  /** After a real import: runs the local authority must now hear of, and plan alerts sent. */
  notices?: number;
  alerts?: number;
}

const describe = (e: MarksCsvError): string =>
  `${e.row !== undefined ? `Row ${e.row}` : 'The file'}${e.field ? `, ${e.field}` : ''}: ${e.message}`;

const attendanceResource = (actor: Actor) => ({
  type: 'attendance' as const,
  schoolId: actor.schoolId,
});

/** Each line's pupil, by UPN in this school; an unknown UPN is a row error like any other. */
async function matchPupils(r: Repos, schoolId: string, lines: MarkLine[]) {
  const ids = await r.attendance.pupilsByUpn(schoolId, [...new Set(lines.map((l) => l.upn))]);
  const errors: MarksCsvError[] = [];
  for (const l of lines)
    if (!ids.has(l.upn))
      errors.push({
        row: l.row,
        field: 'upn',
        message: `No pupil in this school has UPN ${l.upn}`,
      });
  return { ids, errors };
}

/**
 * Reads a register export (marks-csv.ts). A dry run previews and names every bad row and column;
 * a real run writes every mark or none: a bad file never half-changes the register. Each mark
 * replaces any earlier one for the same pupil, date and session, so importing again is harmless.
 */
export async function importMarks(
  deps: ConcernDeps,
  actor: Actor,
  bytes: Uint8Array,
  dryRun: boolean,
): Promise<ImportPreview> {
  await requireAccess(deps, actor, 'attendance.import', attendanceResource(actor));
  const now = deps.clock.now();
  const parsed = parseMarksCsv(bytes, londonDate(now));
  const refuse = (errors: MarksCsvError[]): ImportPreview => {
    if (!dryRun) throw invalid('file', describe(errors[0] as MarksCsvError));
    return { marks: 0, pupils: 0, from: null, to: null, errors };
  };
  if (!parsed.ok) return refuse(parsed.errors);
  const lines = parsed.lines;
  return deps.store.transaction(async (r) => {
    const { ids, errors } = await matchPupils(r, actor.schoolId, lines);
    if (errors.length) return refuse(errors);
    const dates = lines.map((l) => l.date).sort();
    const calendar = schoolCalendarOf(await r.calendar.list(actor.schoolId));
    const preview: ImportPreview = {
      marks: lines.length,
      pupils: new Set(lines.map((l) => l.upn)).size,
      from: dates[0] ?? null,
      to: dates[dates.length - 1] ?? null,
      errors: [],
      offCalendar: onSchoolDays(calendar, lines).offCalendar,
    };
    if (dryRun) return preview;
    const rows: MarkRow[] = lines.map((l) => ({
      schoolId: actor.schoolId,
      pupilId: ids.get(l.upn) as string,
      date: l.date,
      session: l.session,
      code: l.code,
      source: 'import',
      recordedBy: actor.userId,
      recordedAt: now.toISOString(),
    }));
    await r.attendance.upsertMarks(rows);
    await r.audit.append(
      {
        type: 'attendance.imported',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: `Attendance marks imported (${preview.from} to ${preview.to})`,
        details: { marks: preview.marks, pupils: preview.pupils },
      },
      now,
    );
    return { ...preview, ...(await afterMarks(deps, r, actor, rows, now)) };
  });
}

async function assertPupil(r: Repos, schoolId: string, pupilId: string) {
  const pupil = await r.pupils.get(schoolId, pupilId);
  if (!pupil) throw notFound('pupil');
  return pupil;
}

/** The office enters one pupil's morning and/or afternoon marks for a day. */
export async function recordMarks(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
  input: MarkEntryInput,
): Promise<{ notices: number; alerts: number }> {
  await requireAccess(deps, actor, 'attendance.record', attendanceResource(actor));
  const now = deps.clock.now();
  if (input.date > londonDate(now)) throw invalid('date', 'Enter a date that has already come');
  return deps.store.transaction(async (r) => {
    await assertPupil(r, actor.schoolId, pupilId);
    const sessions: [Session, string | null][] = [
      ['AM', input.am],
      ['PM', input.pm],
    ];
    const rows: MarkRow[] = sessions.flatMap(([session, code]) =>
      code
        ? [
            {
              schoolId: actor.schoolId,
              pupilId,
              date: input.date,
              session,
              code,
              source: 'entry' as const,
              recordedBy: actor.userId,
              recordedAt: now.toISOString(),
            },
          ]
        : [],
    );
    await r.attendance.upsertMarks(rows);
    await r.audit.append(
      {
        type: 'attendance.recorded',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: pupilId },
        summary: `Attendance marks entered for ${input.date}`,
        details: { date: input.date, sessions: rows.length },
      },
      now,
    );
    return afterMarks(deps, r, actor, rows, now);
  });
}

export { assertPupil };
