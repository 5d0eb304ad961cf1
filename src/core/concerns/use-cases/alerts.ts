import type { Role } from '../../access/roles.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import type { NotificationRow } from '../ports.ts';
import type { ConcernDeps } from './deps.ts';

/** Who is alerted, in order: the DSL team on duty; failing that, leaders; at the top, the chair. */
export const ESCALATION_LADDER: readonly (readonly Role[])[] = [
  ['dsl', 'deputy_dsl'],
  ['headteacher', 'deputy_head'],
  ['chair_of_governors'],
];

/** Who a rung of the ladder is, as the person who raised the alert is told. */
export type AlertedRung = 'dsl_team' | 'leaders' | 'chair' | 'nobody';
const RUNGS: readonly AlertedRung[] = ['dsl_team', 'leaders', 'chair'];

/** The rung `alertLadder` reached (its `level`), or nobody when no one was available. */
export const alertedRung = (level: number): AlertedRung => RUNGS[level] ?? 'nobody';

export const SUBJECTS: Record<NotificationRow['kind'], string> = {
  new_concern: 'A new concern needs your attention',
  urgent_concern: 'URGENT: a concern needs your attention now',
  escalation: 'URGENT: a concern has not been acknowledged',
  reconsideration: 'A colleague has asked you to reconsider a concern',
  reconsideration_answered: 'The DSL has answered your request to reconsider a concern',
  addendum: 'A concern has new information',
  deadline_reminder: 'Reminder: a safeguarding deadline is coming up',
  deadline_missed: 'A safeguarding deadline has passed',
  deadline_escalation: 'A safeguarding deadline has been missed and needs you',
  staff_referral: 'A colleague has recorded a referral they made themselves',
  allegation: 'A confidential concern about an adult needs your attention',
  allegation_pattern: 'Repeated low-level concerns about an adult need your review',
  attendance_la_notice:
    'A pupil has missed 10 school days without permission: tell the local authority',
  plan_absence: 'A child on a plan has been marked absent today',
  file_shared: 'You have been given access to a child protection file',
  concern_action: 'A safeguarding action has been given to you',
};

type Person = { id: string; email: string };

/** An in-app notification and an email each, queued in the caller's transaction. */
async function notify(
  deps: ConcernDeps,
  r: Repos,
  schoolId: string,
  concernId: string,
  kind: NotificationRow['kind'],
  people: Person[],
  now: string,
): Promise<void> {
  if (!people.length) return;
  await r.notifications.add(
    people.map((p) => ({
      id: newId(),
      schoolId,
      userId: p.id,
      kind,
      concernId,
      createdAt: now,
      readAt: null,
    })),
  );
  await r.outbox.enqueue(
    people.map((p) => ({
      id: newId(),
      schoolId,
      kind: 'email' as const,
      payload: {
        to: p.email,
        recipientId: p.id,
        subject: SUBJECTS[kind],
        text: `${SUBJECTS[kind]}.\n\nOpen Haven to see it:\n${deps.publicUrl()}/concerns/${concernId}\n\nThis email deliberately contains no details.\n`,
      },
      createdAt: now,
      availableAt: now,
    })),
  );
}

/**
 * Alerts the first rung of the ladder (from `level`) that has anyone available (D05): an in-app
 * notification and an email through the outbox, both in the caller's transaction, so a crash
 * loses nothing. Emails carry no child details: a sentence and a link.
 *
 * `except` is whoever caused the alert: a DSL who records a concern is not alerted about it,
 * and their rung counts as reached through them. When nobody on the ladder is available, the
 * first rung with anyone on it is alerted even though they are away (level -1): nothing then
 * waits unseen for someone's return, which is what a school with one DSL would otherwise meet.
 */
export async function alertLadder(
  deps: ConcernDeps,
  r: Repos,
  schoolId: string,
  concernId: string,
  kind: NotificationRow['kind'],
  level = 0,
  /** Alert exactly this rung, without falling through to the next when it is empty. */
  exact = false,
  except?: string,
): Promise<{ level: number; recipients: string[] }> {
  const now = deps.clock.now().toISOString();
  const last = exact ? level + 1 : ESCALATION_LADDER.length;
  const others = (people: Person[]) => people.filter((p) => p.id !== except);
  for (let i = level; i < last; i++) {
    const people = await r.staff.alertable(schoolId, ESCALATION_LADDER[i] as readonly Role[], now);
    if (!people.length) continue;
    await notify(deps, r, schoolId, concernId, kind, others(people), now);
    return { level: i, recipients: others(people).map((p) => p.id) };
  }
  for (let i = level; i < last; i++) {
    const away = others(
      await r.staff.alertable(schoolId, ESCALATION_LADDER[i] as readonly Role[], null),
    );
    if (!away.length) continue;
    await notify(deps, r, schoolId, concernId, kind, away, now);
    return { level: -1, recipients: away.map((p) => p.id) };
  }
  return { level: -1, recipients: [] };
}
