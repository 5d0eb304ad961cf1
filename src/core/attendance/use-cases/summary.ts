import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import { londonDate } from '../../calendar/index.ts';
import { schoolCalendarOf } from '../../calendar/use-cases/school-calendar.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { displayName } from '../../people/pupil.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { invalid } from '../../shared/app-error.ts';
import { DEADLINE_RULES } from '../../deadlines/rules.ts';
import { summarise, type AttendanceSummary } from '../summary.ts';
import type { LaNoticeRow } from '../ports.ts';
import { assertPupil } from './marks.ts';

export interface DayMarks {
  date: string;
  am: string | null;
  pm: string | null;
}

export interface NoticeView {
  id: string;
  pupilId: string;
  pupilName: string;
  runFirst: string;
  reachedOn: string;
  openedAt: string;
  notifiedAt: string | null;
  notifiedTo: string | null;
  reference: string | null;
  dueAt: string | null;
}

/** The academic year in England starts on 1 September: the summary's default start. */
export function academicYearStart(today: string): string {
  const year = Number(today.slice(0, 4));
  return `${Number(today.slice(5, 7)) >= 9 ? year : year - 1}-09-01`;
}

export const noticeView = (
  n: LaNoticeRow,
  pupilName: string,
  dueAt: string | null,
): NoticeView => ({
  id: n.id,
  pupilId: n.pupilId,
  pupilName,
  runFirst: n.runFirst,
  reachedOn: n.reachedOn,
  openedAt: n.openedAt,
  notifiedAt: n.notifiedAt,
  notifiedTo: n.notifiedTo,
  reference: n.reference,
  dueAt,
});

/**
 * A pupil's attendance: sessions possible, present, authorised and unauthorised absence, the
 * percentage and the current run of unauthorised absence, from `from` (by default the start of the
 * academic year) to today, with the marks day by day, newest first. The DSL team also sees the
 * runs the local authority has been, or must be, told of.
 */
export async function pupilAttendance(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
  q: { from?: string },
) {
  await requireAccess(deps, actor, 'attendance.read', {
    type: 'attendance',
    schoolId: actor.schoolId,
  });
  if (q.from !== undefined && !isIsoDate(q.from))
    throw invalid('from', 'Enter the date as YYYY-MM-DD');
  const today = londonDate(deps.clock.now());
  const from = q.from ?? academicYearStart(today);
  const team = decide(actor, 'attendance.notify', {
    type: 'attendance',
    schoolId: actor.schoolId,
  }).allowed;
  return deps.store.transaction(async (r) => {
    const pupil = await assertPupil(r, actor.schoolId, pupilId);
    const entries = await r.calendar.list(actor.schoolId);
    const marks = await r.attendance.marks(actor.schoolId, pupilId, from);
    const summary: AttendanceSummary = summarise(schoolCalendarOf(entries), marks);
    const days = new Map<string, DayMarks>();
    for (const m of marks) {
      const d = days.get(m.date) ?? { date: m.date, am: null, pm: null };
      if (m.session === 'AM') d.am = m.code;
      else d.pm = m.code;
      days.set(m.date, d);
    }
    const name = displayName(pupil);
    const notices: NoticeView[] = [];
    if (team)
      for (const n of await r.attendance.notices(actor.schoolId, { pupilId })) {
        const clock = (await r.deadlines.ofSubject(actor.schoolId, n.id)).find(
          (d) => d.rule === 'la_absence_notify',
        );
        notices.push(noticeView(n, name, clock?.dueAt ?? null));
      }
    return {
      pupil: { id: pupil.id, displayName: name, yearGroup: pupil.yearGroup, upn: pupil.upn },
      from,
      to: today,
      calendarSet: entries.some((e) => e.kind === 'term'),
      summary,
      days: [...days.values()].sort((a, b) => b.date.localeCompare(a.date)),
      notices,
      rule: DEADLINE_RULES.la_absence_notify.label,
    };
  });
}
