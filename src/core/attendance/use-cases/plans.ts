import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { addFileEntry } from '../../referrals/use-cases/shared.ts';
import { assertPupil } from './marks.ts';
import { conflict, invalid, notFound } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import { PLAN_KINDS, type PlanInput } from '../inputs.ts';
import type { PlanRow } from '../ports.ts';

export interface PlanView {
  id: string;
  pupilId: string;
  kind: PlanRow['kind'];
  kindLabel: string;
  startsOn: string;
  endsOn: string | null;
  recordedAt: string;
}

const view = (p: PlanRow): PlanView => ({
  id: p.id,
  pupilId: p.pupilId,
  kind: p.kind,
  kindLabel: PLAN_KINDS[p.kind],
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  recordedAt: p.recordedAt,
});

const team = (deps: ConcernDeps, actor: Actor) =>
  requireAccess(deps, actor, 'plan.manage', { type: 'plan', schoolId: actor.schoolId });

/**
 * The DSL team records that a child is on a child protection or child in need plan (D39): while
 * it is open, any absence mark alerts them the same day. It is shown on the child's file.
 */
export async function recordPlan(
  deps: ConcernDeps,
  actor: Actor,
  input: PlanInput,
): Promise<PlanView> {
  await team(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    // Another school's child answers as no child at all.
    await assertPupil(r, actor.schoolId, input.pupilId);
    const row: PlanRow = {
      id: newId(),
      schoolId: actor.schoolId,
      pupilId: input.pupilId,
      kind: input.kind,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      recordedBy: actor.userId,
      recordedAt: now.toISOString(),
    };
    await r.plans.add(row);
    await addFileEntry(r, deps.vault(r), actor, {
      pupilId: input.pupilId,
      concernId: null,
      kind: 'plan',
      at: now.toISOString(),
      significant: true,
      content: {
        summary: `${PLAN_KINDS[input.kind]} from ${input.startsOn}${input.endsOn ? ` to ${input.endsOn}` : ''}`,
      },
    });
    await r.audit.append(
      {
        type: 'plan.recorded',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: input.pupilId },
        summary: `${PLAN_KINDS[input.kind]} recorded`,
        details: { kind: input.kind, startsOn: input.startsOn },
      },
      now,
    );
    return view(row);
  });
}

export async function endPlan(
  deps: ConcernDeps,
  actor: Actor,
  planId: string,
  endsOn: string,
): Promise<PlanView> {
  await team(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const plan = await r.plans.get(actor.schoolId, planId);
    if (!plan) throw notFound('plan');
    if (plan.endsOn) throw conflict('endsOn', 'This plan has already ended');
    if (endsOn < plan.startsOn)
      throw invalid('endsOn', `The end must be on or after the start (${plan.startsOn})`);
    await r.plans.end(actor.schoolId, planId, endsOn);
    await addFileEntry(r, deps.vault(r), actor, {
      pupilId: plan.pupilId,
      concernId: null,
      kind: 'plan',
      at: now.toISOString(),
      significant: true,
      content: { summary: `${PLAN_KINDS[plan.kind]} ended on ${endsOn}` },
    });
    await r.audit.append(
      {
        type: 'plan.ended',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: plan.pupilId },
        summary: `${PLAN_KINDS[plan.kind]} ended`,
        details: { kind: plan.kind, endsOn },
      },
      now,
    );
    return view({ ...plan, endsOn });
  });
}

export async function listPlans(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
): Promise<PlanView[]> {
  await team(deps, actor);
  return deps.store.transaction(async (r) => {
    if (!(await r.pupils.get(actor.schoolId, pupilId))) throw notFound('pupil');
    return (await r.plans.list(actor.schoolId, pupilId)).map(view);
  });
}
