import type { Actor } from '../../access/actor.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { computeDeadline } from '../compute.ts';
import { deadlineAuditSubject, type DeadlineRow, type DeadlineSubject } from '../ports.ts';
import { clockFor, DEADLINE_RULES, type RuleId } from '../rules.ts';

/**
 * Starts a statutory clock in the caller's transaction: the due time computed on the calendar from
 * the rule (with the school's own number where the rule allows one), the reason written down, and
 * the sweeper told when to look first.
 */
export async function openDeadline(
  r: Repos,
  actor: Actor,
  d: {
    rule: RuleId;
    subjectType: DeadlineSubject;
    subjectId: string;
    pupilId: string | null;
    ownerId: string | null;
    start: Date;
    now: Date;
    /** The installation's number for this rule, when the school has not set its own. */
    defaultValue?: number;
    /** For a rule whose clock ends on a chosen day: that day. */
    dueOn?: string;
  },
): Promise<DeadlineRow> {
  const rule = DEADLINE_RULES[d.rule];
  const settings = await r.deadlines.settings(actor.schoolId);
  const computed = computeDeadline(
    rule,
    clockFor(rule, settings[d.rule] ?? d.defaultValue),
    d.start,
    d.dueOn,
  );
  const row: DeadlineRow = {
    id: newId(),
    schoolId: actor.schoolId,
    rule: d.rule,
    subjectType: d.subjectType,
    subjectId: d.subjectId,
    pupilId: d.pupilId,
    ownerId: d.ownerId,
    startsAt: d.start.toISOString(),
    dueAt: computed.dueAt.toISOString(),
    remindAt: computed.remindAt?.toISOString() ?? null,
    basis: computed.basis,
    state: 'open',
    stage: 0,
    nextCheckAt: (computed.remindAt ?? computed.dueAt).toISOString(),
    closedAt: null,
    closedBy: null,
    waivedReason: null,
    waivedReasonSealed: null,
    createdAt: d.now.toISOString(),
  };
  await r.deadlines.add(row);
  await r.audit.append(
    {
      type: 'deadline.opened',
      actor,
      schoolId: actor.schoolId,
      subject: deadlineAuditSubject(row),
      summary: `Deadline set: ${rule.label}`,
      details: { rule: d.rule, dueAt: row.dueAt },
    },
    d.now,
  );
  return row;
}

/** Marks the watched deadlines of these rules on a record as met, in the caller's transaction. */
export async function meetDeadlines(
  r: Repos,
  actor: Actor,
  subjectId: string,
  rules: readonly RuleId[],
  now: Date,
): Promise<number> {
  const watched = await r.deadlines.watchedFor(actor.schoolId, subjectId, rules);
  for (const d of watched) {
    await r.deadlines.close(actor.schoolId, d.id, {
      state: 'met',
      closedAt: now.toISOString(),
      closedBy: actor.userId,
      waivedReason: null,
    });
    await r.audit.append(
      {
        type: 'deadline.met',
        actor,
        schoolId: actor.schoolId,
        subject: deadlineAuditSubject(d),
        summary: `Deadline met: ${DEADLINE_RULES[d.rule].label}`,
        details: { rule: d.rule, late: now.toISOString() > d.dueAt },
      },
      now,
    );
  }
  return watched.length;
}
