import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { invalid } from '../../shared/app-error.ts';
import type { PupilRecord } from '../pupil.ts';
import type { PeopleDeps } from './deps.ts';

/**
 * The pupil records of leavers, for a Common Transfer File to their next school: pupil data
 * only (the child protection file has its own transfer). Every id must be this school's.
 */
export async function pupilsForTransfer(
  deps: PeopleDeps,
  actor: Actor,
  ids: string[],
  format: string,
): Promise<PupilRecord[]> {
  await requireAccess(deps, actor, 'pupil.import', { type: 'pupil', schoolId: actor.schoolId });
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const pupils: PupilRecord[] = [];
    for (const id of new Set(ids)) {
      const p = await r.pupils.get(actor.schoolId, id);
      if (!p) throw invalid('pupilIds', 'Choose pupils from this school');
      pupils.push(p);
    }
    await r.audit.append(
      {
        type: 'pupil.exported',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: `Pupil records exported (${format.toUpperCase()})`,
        details: { count: pupils.length, format },
      },
      now,
    );
    return pupils;
  });
}
