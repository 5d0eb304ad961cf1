import type { Actor } from '../../access/actor.ts';
import { assertFound, requireAccess } from '../../access/require-access.ts';
import { conflict } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import {
  changedFields,
  presentPupil,
  type PupilInput,
  type PupilPatch,
  type PupilView,
} from '../pupil.ts';
import type { PeopleDeps } from './deps.ts';

// Audit summaries never name the pupil: the log cannot be edited, and a name (say, after an
// adoption) may later need protecting. The subject id says which record it was.
const pupilResource = (actor: Actor, id?: string) => ({
  type: 'pupil' as const,
  schoolId: actor.schoolId,
  id,
});

async function assertUpnFree(
  r: Repos,
  schoolId: string,
  upn: string | null | undefined,
  exceptId?: string,
) {
  if (upn && (await r.pupils.upnTaken(schoolId, upn, exceptId))) {
    throw conflict('upn', 'Another pupil in this school already has this UPN');
  }
}

export async function createPupil(
  deps: PeopleDeps,
  actor: Actor,
  input: PupilInput,
): Promise<PupilView> {
  await requireAccess(deps, actor, 'pupil.create', pupilResource(actor));
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    await assertUpnFree(r, actor.schoolId, input.upn);
    const pupil = await r.pupils.create(actor.schoolId, newId(), input, now);
    await r.audit.append(
      {
        type: 'pupil.created',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: pupil.id },
        summary: 'Pupil record added',
        details: {},
      },
      now,
    );
    return presentPupil(pupil, now);
  });
}

export async function getPupil(deps: PeopleDeps, actor: Actor, id: string): Promise<PupilView> {
  await requireAccess(deps, actor, 'pupil.read', pupilResource(actor, id));
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const pupil = assertFound(await r.pupils.get(actor.schoolId, id), 'Pupil');
    await r.audit.append(
      {
        type: 'pupil.read',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id },
        summary: 'Viewed pupil record',
        details: {},
      },
      now,
    );
    return presentPupil(pupil, now);
  });
}

export async function listPupils(
  deps: PeopleDeps,
  actor: Actor,
  query: { q?: string; yearGroup?: string },
): Promise<PupilView[]> {
  await requireAccess(deps, actor, 'pupil.list', pupilResource(actor));
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const pupils = await r.pupils.list(actor.schoolId, { ...query, limit: 500 });
    await r.audit.append(
      {
        type: 'pupil.listed',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: query.q ? 'Searched pupils' : 'Listed pupils',
        details: { count: pupils.length },
      },
      now,
    );
    return pupils.map((p) => presentPupil(p, now));
  });
}

export async function updatePupil(
  deps: PeopleDeps,
  actor: Actor,
  id: string,
  patch: PupilPatch,
): Promise<PupilView> {
  await requireAccess(deps, actor, 'pupil.update', pupilResource(actor, id));
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const before = assertFound(await r.pupils.get(actor.schoolId, id), 'Pupil');
    await assertUpnFree(r, actor.schoolId, patch.upn, id);
    const changed = changedFields(before, patch);
    const after = assertFound(await r.pupils.update(actor.schoolId, id, patch, now), 'Pupil');
    await r.audit.append(
      {
        type: 'pupil.updated',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id },
        summary: 'Pupil record updated',
        details: { changed },
      },
      now,
    );
    return presentPupil(after, now);
  });
}
