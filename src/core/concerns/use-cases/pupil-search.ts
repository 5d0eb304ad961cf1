import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import { displayName } from '../../people/pupil.ts';
import type { ConcernDeps } from './deps.ts';

/**
 * Finding the child to record a concern about. The answer is the same whether or not the child
 * has a child protection file, so a search reveals nothing (D32). Whether a child has special
 * educational needs (for the D09 reminder) is told only to those who may read pupil records:
 * a visitor or volunteer may record a concern, not learn which children are on the SEN register.
 */
export async function searchPupilsForConcern(
  deps: ConcernDeps,
  actor: Actor,
  q: string,
): Promise<{ id: string; displayName: string; yearGroup: string; senFlag?: boolean }[]> {
  await requireAccess(deps, actor, 'concern.create', { type: 'concern', schoolId: actor.schoolId });
  if (q.trim().length < 2) return [];
  const seesSen = decide(actor, 'pupil.read', { type: 'pupil', schoolId: actor.schoolId }).allowed;
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
      ...(seesSen ? { senFlag: p.senFlag } : {}),
    }));
  });
}
