import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { conflict, invalid, notFound } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { agencyList, isBuiltIn, type Agency } from '../agencies.ts';

export const agencyLabelSchema = z
  .string()
  .trim()
  .min(1, 'Enter the agency’s name')
  .max(120, 'Keep the name under 120 characters');

export const agencyPatchSchema = z.object({
  label: agencyLabelSchema.optional(),
  active: z.boolean().optional(),
});

/** The school's agencies, Haven's and its own, hidden ones included. */
export const agenciesOf = async (r: Repos, schoolId: string): Promise<Agency[]> =>
  agencyList(await r.agencies.list(schoolId));

const manage = (deps: ConcernDeps, actor: Actor) =>
  requireAccess(deps, actor, 'agency.manage', { type: 'agency', schoolId: actor.schoolId });

export async function listAgencies(deps: ConcernDeps, actor: Actor): Promise<Agency[]> {
  await manage(deps, actor);
  return deps.store.transaction((r) => agenciesOf(r, actor.schoolId));
}

/** Adds a local service (e.g. a county's family wellbeing service) to the school's list. */
export async function addAgency(deps: ConcernDeps, actor: Actor, label: string): Promise<Agency> {
  await manage(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const list = await agenciesOf(r, actor.schoolId);
    if (list.some((a) => a.label.toLowerCase() === label.toLowerCase()))
      throw conflict('label', 'There is already an agency with this name');
    const code = `local_${newId().slice(-8)}`;
    const sort = list.filter((a) => !a.builtIn).length;
    await r.agencies.put(actor.schoolId, { code, label, active: true, sort });
    await r.audit.append(
      {
        type: 'agency.created',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'agency', id: code },
        summary: `Agency added: ${label}`,
        details: { code },
      },
      now,
    );
    return (await agenciesOf(r, actor.schoolId)).find((a) => a.code === code) as Agency;
  });
}

/** Renames a school's own agency, or hides or shows one; those duties rely on stay shown. */
export async function updateAgency(
  deps: ConcernDeps,
  actor: Actor,
  code: string,
  patch: z.infer<typeof agencyPatchSchema>,
): Promise<Agency> {
  await manage(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const list = await agenciesOf(r, actor.schoolId);
    const found = list.find((a) => a.code === code);
    if (!found) throw notFound('agency');
    if (patch.label !== undefined && found.builtIn && patch.label !== found.label)
      throw invalid('label', 'Haven’s own agencies keep their names; add your own instead');
    if (patch.active === false && found.required)
      throw invalid('active', 'This agency is needed for statutory referrals and cannot be hidden');
    if (
      patch.label !== undefined &&
      list.some((a) => a.code !== code && a.label.toLowerCase() === patch.label?.toLowerCase())
    )
      throw conflict('label', 'There is already an agency with this name');
    const stored = (await r.agencies.list(actor.schoolId)).find((a) => a.code === code);
    await r.agencies.put(actor.schoolId, {
      code,
      label: isBuiltIn(code) ? found.label : (patch.label ?? found.label),
      active: patch.active ?? found.active,
      sort: stored?.sort ?? 0,
    });
    await r.audit.append(
      {
        type: 'agency.updated',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'agency', id: code },
        summary: `Agency updated: ${patch.label ?? found.label}`,
        details: { code, changed: Object.keys(patch) },
      },
      now,
    );
    return (await agenciesOf(r, actor.schoolId)).find((a) => a.code === code) as Agency;
  });
}

/** The agencies a referral form offers: the school's shown ones, as code and label. */
export async function activeAgencies(
  deps: ConcernDeps,
  actor: Actor,
): Promise<{ code: string; label: string }[]> {
  await requireAccess(deps, actor, 'referral.recordOwn', {
    type: 'referral',
    schoolId: actor.schoolId,
  });
  const list = await deps.store.transaction((r) => agenciesOf(r, actor.schoolId));
  return list.filter((a) => a.active).map(({ code, label }) => ({ code, label }));
}
