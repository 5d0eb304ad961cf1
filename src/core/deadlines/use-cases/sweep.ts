import type { Role } from '../../access/roles.ts';
import { systemActor } from '../../access/actor.ts';
import { SUBJECTS } from '../../concerns/use-cases/alerts.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import type { NotificationRow } from '../../concerns/ports.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { deadlineAuditSubject, type DeadlineRow } from '../ports.ts';
import { caseClockRecipients } from '../../allegations/use-cases/clock-recipients.ts';
import { DEADLINE_RULES, type Rung } from '../rules.ts';
import { planStep, type Step } from '../step.ts';

const KIND: Record<Step['kind'], NotificationRow['kind']> = {
  remind: 'deadline_reminder',
  missed: 'deadline_missed',
  escalate: 'deadline_escalation',
};

/** An urgent concern's alerts read as the concern's own escalation and link to the concern. */
function alertOf(d: DeadlineRow, step: Step) {
  if (DEADLINE_RULES[d.rule].alertsAs === 'concern')
    return {
      kind: 'escalation' as const,
      concernId: d.subjectId,
      caseId: null,
      link: `/concerns/${d.subjectId}`,
    };
  // A sealed case's clock links to the case, which only its members can open.
  if (d.subjectType === 'allegation')
    return {
      kind: KIND[step.kind],
      concernId: null,
      caseId: d.subjectId,
      link: `/allegations/${d.subjectId}`,
    };
  return { kind: KIND[step.kind], concernId: null, caseId: null, link: '/deadlines' };
}

type People = { id: string; email: string }[];

/**
 * The people a rung names who can be alerted now; an owner who has left falls to the DSL team.
 * When all of them are away they are alerted all the same (D05): a missed clock then waits for
 * their return, where it would otherwise have gone to nobody and never been said again.
 */
async function recipients(r: Repos, d: DeadlineRow, rung: Rung, now: string): Promise<People> {
  if (rung === 'owner') {
    const owner = d.ownerId ? await r.staff.get(d.schoolId, d.ownerId) : null;
    if (owner && !owner.disabled) return [owner];
  }
  const roles = rung === 'owner' ? (['dsl', 'deputy_dsl'] as readonly Role[]) : rung;
  const available = await r.staff.alertable(d.schoolId, roles, now);
  return available.length ? available : r.staff.alertable(d.schoolId, roles, null);
}

/** One pass asks once per school, rung and owner: many deadlines share the same people. */
function cachedRecipients(r: Repos, now: string) {
  const seen = new Map<string, Promise<People>>();
  return (d: DeadlineRow, rung: Rung): Promise<People> => {
    if (d.subjectType === 'allegation') return caseClockRecipients(r, d, rung, now);
    const key = `${d.schoolId}|${rung === 'owner' ? `owner:${d.ownerId}` : rung.join(',')}`;
    let found = seen.get(key);
    if (!found) seen.set(key, (found = recipients(r, d, rung, now)));
    return found;
  };
}

/** In-app and email alerts for one step, through the outbox; the email names no child. */
async function alert(
  deps: ConcernDeps,
  r: Repos,
  people: People,
  d: DeadlineRow,
  step: Step,
  now: string,
) {
  const { kind, concernId, caseId, link } = alertOf(d, step);
  await r.notifications.add(
    people.map((p) => ({
      id: newId(),
      schoolId: d.schoolId,
      userId: p.id,
      kind,
      concernId,
      deadlineId: d.id,
      caseId,
      createdAt: now,
      readAt: null,
    })),
  );
  await r.outbox.enqueue(
    people.map((p) => ({
      id: newId(),
      schoolId: d.schoolId,
      kind: 'email' as const,
      payload: {
        to: p.email,
        recipientId: p.id,
        deadlineId: d.id,
        subject: SUBJECTS[kind],
        text: `${SUBJECTS[kind]}.\n\nOpen Haven to see it:\n${deps.publicUrl()}${link}\n\nThis email deliberately contains no details.\n`,
      },
      createdAt: now,
      availableAt: now,
    })),
  );
  return people.length;
}

/**
 * Deadlines handled per pass. A pass is one transaction holding row locks, so it is kept well under
 * a second even on PostgreSQL (each alert is several round trips); what is left waits 30 seconds.
 */
export const PASS_SIZE = 200;

/**
 * One pass of the deadline sweeper: claims deadlines whose next check has come (skipping any
 * another server holds), takes one step each (remind the owner, alert when missed, escalate up
 * the rule's chain), and moves their next check on, all in one transaction, so two sweepers never
 * send the same alert and a crash sends nothing half-done. Returns the number of alerts raised.
 */
export async function sweepDeadlines(deps: ConcernDeps, limit = PASS_SIZE): Promise<number> {
  const now = deps.clock.now();
  const at = now.toISOString();
  return deps.store.transaction(async (r) => {
    const due = await r.deadlines.claimDue(at, limit);
    const peopleFor = cachedRecipients(r, at);
    let alerts = 0;
    for (const d of due) {
      const rule = DEADLINE_RULES[d.rule];
      const plan = planStep(
        rule,
        {
          state: d.state,
          stage: d.stage,
          startsAt: new Date(d.startsAt),
          dueAt: new Date(d.dueAt),
          remindAt: d.remindAt ? new Date(d.remindAt) : null,
        },
        now,
      );
      await r.deadlines.advance(d.id, {
        state: plan.state,
        stage: plan.stage,
        nextCheckAt: plan.nextCheckAt?.toISOString() ?? null,
      });
      if (!plan.step) continue;
      const sent = await alert(deps, r, await peopleFor(d, plan.step.rung), d, plan.step, at);
      await r.audit.append(
        {
          type: 'deadline.alerted',
          actor: systemActor(d.schoolId, 'deadline-sweeper'),
          schoolId: d.schoolId,
          subject: deadlineAuditSubject(d),
          summary: `${SUBJECTS[alertOf(d, plan.step).kind]}: ${rule.label}`,
          details: { rule: d.rule, step: plan.step.kind, recipients: sent },
        },
        now,
      );
      alerts++;
    }
    return alerts;
  });
}
