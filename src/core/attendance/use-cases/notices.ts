import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { londonDate } from '../../calendar/index.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { meetDeadlines } from '../../deadlines/use-cases/open.ts';
import { addFileEntry } from '../../referrals/use-cases/shared.ts';
import { conflict, notFound } from '../../shared/app-error.ts';
import { assertNotFuture } from '../../shared/dates.ts';
import { isAbsence } from '../codes.ts';
import type { LaNotifiedInput } from '../inputs.ts';
import { noticeView, type NoticeView } from './summary.ts';

const team = (deps: ConcernDeps, actor: Actor) =>
  requireAccess(deps, actor, 'attendance.notify', { type: 'attendance', schoolId: actor.schoolId });

/**
 * Records that the local authority was told of a run of unauthorised absence (D10): when, to
 * whom, their reference. It meets the clock and goes into the child's chronology. A notice is told
 * once; telling it again is refused rather than rewriting the record.
 */
export async function recordLaNotified(
  deps: ConcernDeps,
  actor: Actor,
  noticeId: string,
  input: LaNotifiedInput,
): Promise<NoticeView> {
  await team(deps, actor);
  const now = deps.clock.now();
  assertNotFuture('notifiedAt', input.notifiedAt, now);
  return deps.store.transaction(async (r) => {
    const notice = await r.attendance.getNotice(actor.schoolId, noticeId);
    if (!notice) throw notFound('notice');
    const notifiedAt = new Date(input.notifiedAt).toISOString();
    const reference = input.reference || null;
    const done = await r.attendance.recordNotified(actor.schoolId, noticeId, {
      notifiedAt,
      notifiedTo: input.notifiedTo,
      reference,
      notifiedBy: actor.userId,
    });
    if (!done) throw conflict('notifiedAt', 'The local authority has already been told of this');
    const met = await r.deadlines.watchedFor(actor.schoolId, noticeId, ['la_absence_notify']);
    await meetDeadlines(r, actor, noticeId, ['la_absence_notify'], now);
    await addFileEntry(r, deps.vault(r), actor, {
      pupilId: notice.pupilId,
      concernId: null,
      kind: 'attendance',
      at: notifiedAt,
      significant: true,
      content: {
        summary: `Local authority told of 10 school days of unauthorised absence (from ${notice.runFirst})${reference ? ` (reference ${reference})` : ''}`,
        text: `Told: ${input.notifiedTo}`,
      },
    });
    await r.audit.append(
      {
        type: 'attendance.la_notified',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: notice.pupilId },
        summary: 'Local authority told of 10 school days of unauthorised absence',
        details: { late: met.some((d) => now.toISOString() > d.dueAt) },
      },
      now,
    );
    const names = await r.pupils.namesOf(actor.schoolId, [notice.pupilId]);
    return noticeView(
      { ...notice, notifiedAt, notifiedTo: input.notifiedTo, reference, notifiedBy: actor.userId },
      names.get(notice.pupilId)?.displayName ?? 'Unknown',
      met[0]?.dueAt ?? null,
    );
  });
}

const daysBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** How far back the DSL's watch list looks for absences of children on a plan. */
export const WATCH_DAYS = 14;

/**
 * What the DSL team watches (D10, D39): runs the local authority has not yet been told of, and
 * the children on a plan with absences in the last two weeks.
 */
export async function attendanceWatch(deps: ConcernDeps, actor: Actor) {
  await team(deps, actor);
  const today = londonDate(deps.clock.now());
  return deps.store.transaction(async (r) => {
    const open = await r.attendance.notices(actor.schoolId, { open: true });
    const plans = await r.plans.openOn(actor.schoolId, today);
    const ids = [...new Set([...open.map((n) => n.pupilId), ...plans.map((p) => p.pupilId)])];
    const names = await r.pupils.namesOf(actor.schoolId, ids);
    const nameOf = (id: string) => names.get(id)?.displayName ?? 'Unknown';
    const notices: NoticeView[] = [];
    for (const n of open) {
      const clock = (await r.deadlines.ofSubject(actor.schoolId, n.id)).find(
        (d) => d.rule === 'la_absence_notify',
      );
      notices.push(noticeView(n, nameOf(n.pupilId), clock?.dueAt ?? null));
    }
    const onPlans = [];
    for (const pupilId of new Set(plans.map((p) => p.pupilId))) {
      const recent = await r.attendance.marks(
        actor.schoolId,
        pupilId,
        daysBefore(today, WATCH_DAYS),
      );
      onPlans.push({
        pupilId,
        pupilName: nameOf(pupilId),
        kinds: plans.filter((p) => p.pupilId === pupilId).map((p) => p.kind),
        absences: recent
          .filter((m) => isAbsence(m.code))
          .map((m) => ({ date: m.date, session: m.session, code: m.code })),
      });
    }
    return { notices, onPlans };
  });
}
