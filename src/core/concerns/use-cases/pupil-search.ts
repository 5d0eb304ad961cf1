import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { displayName } from '../../people/pupil.ts';
import type { ConcernDeps } from './deps.ts';

/**
 * Finding the child to record a concern about. The answer is the same whether or not the child
 * has a child protection file, so a search reveals nothing (D32).
 */
export async function searchPupilsForConcern(
  deps: ConcernDeps,
  actor: Actor,
  q: string,
): Promise<{ id: string; displayName: string; yearGroup: string; senFlag: boolean }[]> {
  await requireAccess(deps, actor, 'concern.create', { type: 'concern', schoolId: actor.schoolId });
  if (q.trim().length < 2) return [];
  return deps.store.transaction(async (r) => {
    const pupils = await r.pupils.list(actor.schoolId, { q, limit: 20 });
    await r.audit.append(
      {
        type: 'pupil.listed',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: 'Searched pupils to record a concern',
        details: { count: pupils.length },
      },
      deps.clock.now(),
    );
    return pupils.map((p) => ({
      id: p.id,
      displayName: displayName(p),
      yearGroup: p.yearGroup,
      senFlag: p.senFlag,
    }));
  });
}
