import type { Actor } from '../../access/actor.ts';
import { assertFound, requireAccess } from '../../access/require-access.ts';
import type { ChildVault } from '../../concerns/ports.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { AppError } from '../../shared/app-error.ts';
import type { Repos } from '../../ports.ts';
import { SEALED_SUBJECTS, type DeadlineRow } from '../ports.ts';
import { DEADLINE_RULES } from '../rules.ts';
import { withoutUnsharedChildren } from './unshared-children.ts';
import type { DeadlineState } from '../step.ts';

export type DeadlineScope = 'mine' | 'school';

export interface DeadlineView {
  id: string;
  rule: DeadlineRow['rule'];
  label: string;
  source: string;
  subjectType: DeadlineRow['subjectType'];
  subjectId: string;
  pupilId: string | null;
  pupilName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  startsAt: string;
  dueAt: string;
  remindAt: string | null;
  basis: string;
  state: DeadlineState;
  overdue: boolean;
  closedAt: string | null;
  waivedReason: string | null;
}

/** Deadlines as people read them: the rule in words, names, and whether the time has passed. */
export async function deadlineViews(
  deps: ConcernDeps,
  r: Repos,
  schoolId: string,
  rows: DeadlineRow[],
  now: Date,
): Promise<DeadlineView[]> {
  const pupilIds = [...new Set(rows.flatMap((d) => (d.pupilId ? [d.pupilId] : [])))];
  const staffIds = [...new Set(rows.flatMap((d) => (d.ownerId ? [d.ownerId] : [])))];
  const pupils = await r.pupils.namesOf(schoolId, pupilIds);
  const staff = await r.staff.namesOf(schoolId, staffIds);
  // One at a time: the vault keeps each child's key once it has read it.
  const vault = deps.vault(r);
  const reasons = new Map<string, string | null>();
  for (const d of rows) reasons.set(d.id, await waivedReasonOf(vault, d));
  const at = now.toISOString();
  return rows.map((d) => ({
    id: d.id,
    rule: d.rule,
    label: DEADLINE_RULES[d.rule].label,
    source: DEADLINE_RULES[d.rule].source,
    subjectType: d.subjectType,
    subjectId: d.subjectId,
    pupilId: d.pupilId,
    pupilName: d.pupilId ? (pupils.get(d.pupilId)?.displayName ?? null) : null,
    ownerId: d.ownerId,
    ownerName: d.ownerId ? (staff.get(d.ownerId) ?? null) : null,
    startsAt: d.startsAt,
    dueAt: d.dueAt,
    remindAt: d.remindAt,
    basis: d.basis,
    state: d.state,
    overdue: (d.state === 'open' || d.state === 'missed') && d.dueAt <= at,
    closedAt: d.closedAt,
    waivedReason: reasons.get(d.id) ?? null,
  }));
}

/** A person's reason opens with the child's key; once that file is destroyed, the reason is gone. */
async function waivedReasonOf(vault: ChildVault, d: DeadlineRow): Promise<string | null> {
  if (!d.waivedReasonSealed || !d.pupilId) return d.waivedReason;
  return (await vault.open(d.pupilId, d.waivedReasonSealed)) ?? '(destroyed)';
}

const STATES: Record<'watched' | 'closed', DeadlineState[]> = {
  watched: ['open', 'missed'],
  closed: ['met', 'waived'],
};

async function scopeAllowed(deps: ConcernDeps, actor: Actor, scope: DeadlineScope) {
  await requireAccess(deps, actor, scope === 'school' ? 'deadline.readAll' : 'deadline.readOwn', {
    type: 'deadline',
    schoolId: actor.schoolId,
  });
}

/**
 * The dashboard: every watched deadline in the school for the DSL team, or the ones a person owns,
 * soonest first, so the overdue ones lead.
 */
export async function listDeadlines(
  deps: ConcernDeps,
  actor: Actor,
  q: { scope: DeadlineScope; state: 'watched' | 'closed'; pupilId?: string },
): Promise<DeadlineView[]> {
  await scopeAllowed(deps, actor, q.scope);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    if (q.scope === 'school') {
      const rows = await r.deadlines.list(actor.schoolId, {
        states: STATES[q.state],
        ...(q.pupilId ? { pupilId: q.pupilId } : {}),
        limit: 500,
      });
      return deadlineViews(deps, r, actor.schoolId, rows, now);
    }
    const rows = await r.deadlines.list(actor.schoolId, {
      states: STATES[q.state],
      ownerId: actor.userId,
      includeSealed: true,
      limit: 500,
    });
    const views = await deadlineViews(deps, r, actor.schoolId, rows, now);
    // Filtered by child only once the children they may not know are hidden: asking for each
    // child in turn must not tell them which one a clock is filed under.
    const shown = await withoutUnsharedChildren(r, actor, views, now.toISOString());
    return q.pupilId ? shown.filter((v) => v.pupilId === q.pupilId) : shown;
  });
}

export async function deadlineSummary(
  deps: ConcernDeps,
  actor: Actor,
  scope: DeadlineScope,
): Promise<{ open: number; overdue: number }> {
  await scopeAllowed(deps, actor, scope);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction((r) =>
    scope === 'mine'
      ? r.deadlines.counts(actor.schoolId, now, actor.userId, true)
      : r.deadlines.counts(actor.schoolId, now),
  );
}

/** The DSL team may stand a clock down, with the reason on the record (e.g. not a known case). */
export async function waiveDeadline(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  reason: string,
): Promise<DeadlineView> {
  await requireAccess(
    deps,
    actor,
    'deadline.waive',
    { type: 'deadline', schoolId: actor.schoolId, id },
    { refuseAsNotFound: true },
  );
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const found = await r.deadlines.get(actor.schoolId, id);
    // A sealed case's clock is stood down only through the case (a low-level decision).
    const d = assertFound(
      found && !SEALED_SUBJECTS.includes(found.subjectType) ? found : null,
      'Deadline',
    );
    if (d.state !== 'open' && d.state !== 'missed')
      throw new AppError('CONFLICT', 'This deadline is already closed');
    // Every clock the DSL team may waive is on a child's record. Only the LADO clock of a case
    // about an adult has no child, and that is refused above; rather than keep a reason in clear,
    // any other clock without a child is refused too.
    if (!d.pupilId)
      throw new AppError('CONFLICT', 'This deadline is on no child’s file to keep the reason in');
    await r.deadlines.close(actor.schoolId, id, {
      state: 'waived',
      closedAt: now.toISOString(),
      closedBy: actor.userId,
      waivedReason: null,
      waivedReasonSealed: await deps.vault(r).seal(actor.schoolId, d.pupilId, reason),
    });
    await r.audit.append(
      {
        type: 'deadline.waived',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'deadline', id },
        summary: `Deadline waived: ${DEADLINE_RULES[d.rule].label}`,
        details: { rule: d.rule },
      },
      now,
    );
    const fresh = assertFound(await r.deadlines.get(actor.schoolId, id), 'Deadline');
    return (await deadlineViews(deps, r, actor.schoolId, [fresh], now))[0] as DeadlineView;
  });
}
