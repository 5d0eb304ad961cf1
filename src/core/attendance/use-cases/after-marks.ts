import type { Actor } from '../../access/actor.ts';
import { addSchoolDays, londonDate, type SchoolCalendar } from '../../calendar/index.ts';
import { schoolCalendarOf } from '../../calendar/use-cases/school-calendar.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { openDeadline } from '../../deadlines/use-cases/open.ts';
import { addFileEntry } from '../../referrals/use-cases/shared.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { categoryOf, isAbsence } from '../codes.ts';
import type { MarkRow } from '../ports.ts';
import { LA_NOTIFY_RUN_DAYS, unauthorisedRuns } from '../summary.ts';
import { alertAttendance } from './alert.ts';

/** Marks further back than this cannot be part of a run that matters now. */
const RUN_WINDOW_DAYS = 400;

const daysBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/**
 * D10: a pupil whose marks now show 10 school days in a row of unauthorised absence gets one
 * notice, a clock to tell the local authority and an alert for the DSL team. A run that already
 * has a notice (its tenth day lies inside the run) is left alone, however long it grows or however
 * often the file is imported again. Only pupils given an unauthorised mark can have a new run.
 */
async function checkRuns(deps: ConcernDeps, r: Repos, actor: Actor, marks: MarkRow[], now: Date) {
  const pupils = [
    ...new Set(marks.filter((m) => categoryOf(m.code) === 'unauthorised').map((m) => m.pupilId)),
  ];
  if (!pupils.length) return 0;
  const calendar = schoolCalendarOf(await r.calendar.list(actor.schoolId));
  const today = londonDate(now);
  let opened = 0;
  for (const pupilId of pupils) {
    const history = await r.attendance.marks(
      actor.schoolId,
      pupilId,
      daysBefore(today, RUN_WINDOW_DAYS),
    );
    // A run of 10 or more that one of the new marks belongs to, and that has no notice yet.
    const written = new Set(marks.filter((m) => m.pupilId === pupilId).map((m) => m.date));
    const known = await r.attendance.notices(actor.schoolId, { pupilId });
    for (const run of unauthorisedRuns(calendar, history)) {
      const { first, last } = run;
      if (run.days < LA_NOTIFY_RUN_DAYS || !first || !last) continue;
      if (![...written].some((d) => d >= first && d <= last)) continue;
      if (known.some((n) => n.reachedOn >= first && n.reachedOn <= last)) continue;
      await openNotice(deps, r, actor, calendar, { pupilId, days: run.days, first, last }, now);
      opened++;
    }
  }
  return opened;
}

async function openNotice(
  deps: ConcernDeps,
  r: Repos,
  actor: Actor,
  calendar: SchoolCalendar,
  run: { pupilId: string; days: number; first: string; last: string },
  now: Date,
) {
  const { pupilId, first } = run;
  const reachedOn = addSchoolDays(calendar, first, LA_NOTIFY_RUN_DAYS - 1) ?? run.last;
  const id = newId();
  await r.attendance.addNotice({
    id,
    schoolId: actor.schoolId,
    pupilId,
    runFirst: first,
    reachedOn,
    openedAt: now.toISOString(),
    notifiedAt: null,
    notifiedTo: null,
    reference: null,
    notifiedBy: null,
  });
  // The clock starts when Haven learns of the run: the owner is the DSL team, not the office.
  const deadline = await openDeadline(r, actor, {
    rule: 'la_absence_notify',
    subjectType: 'attendance',
    subjectId: id,
    pupilId,
    ownerId: null,
    start: now,
    now,
  });
  await addFileEntry(r, deps.vault(r), actor, {
    pupilId,
    concernId: null,
    kind: 'attendance',
    at: now.toISOString(),
    significant: true,
    content: {
      summary: `${run.days} school days of continuous unauthorised absence (from ${first}): the local authority must be told`,
    },
  });
  await r.audit.append(
    {
      type: 'attendance.la_notice_opened',
      actor,
      schoolId: actor.schoolId,
      subject: { type: 'pupil', id: pupilId },
      summary: '10 school days of unauthorised absence: the local authority must be told',
      details: { runFirst: first, reachedOn },
    },
    now,
  );
  await alertAttendance(
    deps,
    r,
    actor.schoolId,
    'attendance_la_notice',
    now.toISOString(),
    deadline.id,
  );
}

/**
 * D39: an absence mark (authorised or not) for a child on a child protection or child in need plan
 * that covers the day alerts the DSL team the same day, once per child per day however many marks
 * or imports arrive.
 */
async function alertPlans(deps: ConcernDeps, r: Repos, actor: Actor, marks: MarkRow[], now: Date) {
  const absent = marks.filter((m) => isAbsence(m.code));
  if (!absent.length) return 0;
  const plans = await r.plans.forPupils(actor.schoolId, [...new Set(absent.map((m) => m.pupilId))]);
  const covered = (m: MarkRow) =>
    plans.some(
      (p) =>
        p.pupilId === m.pupilId &&
        p.startsOn <= m.date &&
        (p.endsOn === null || p.endsOn >= m.date),
    );
  const today = londonDate(now);
  let alerted = 0;
  for (const pupilId of new Set(absent.filter(covered).map((m) => m.pupilId))) {
    if (!(await r.attendance.claimPlanAlert(actor.schoolId, pupilId, today))) continue;
    await alertAttendance(deps, r, actor.schoolId, 'plan_absence', now.toISOString());
    await r.audit.append(
      {
        type: 'attendance.plan_alerted',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: pupilId },
        summary: 'DSL team alerted: a child on a plan was marked absent',
        details: { day: today },
      },
      now,
    );
    alerted++;
  }
  return alerted;
}

/** What new marks set off, in the transaction that wrote them. */
export async function afterMarks(
  deps: ConcernDeps,
  r: Repos,
  actor: Actor,
  marks: MarkRow[],
  now: Date,
): Promise<{ notices: number; alerts: number }> {
  return {
    notices: await checkRuns(deps, r, actor, marks, now),
    alerts: await alertPlans(deps, r, actor, marks, now),
  };
}
