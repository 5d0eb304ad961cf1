import type { Actor } from '../../access/actor.ts';
import { assertFound, requireAccess } from '../../access/require-access.ts';
import { AppError } from '../../shared/app-error.ts';
import { displayName } from '../pupil.ts';
import type { IdentityFlagRow } from '../ports.ts';
import type { PeopleDeps } from './deps.ts';

export interface IdentityFlagView {
  id: string;
  pupilId: string;
  pupilName: string;
  change: IdentityFlagRow['change'];
  currentValue: string | null;
  incomingValue: string;
  source: string;
  createdAt: string;
}

const allowed = (deps: PeopleDeps, actor: Actor) =>
  requireAccess(deps, actor, 'pupil.import', { type: 'pupil', schoolId: actor.schoolId });

/** Changes to who a pupil is that an import held back, oldest first. */
export async function listIdentityFlags(
  deps: PeopleDeps,
  actor: Actor,
): Promise<IdentityFlagView[]> {
  await allowed(deps, actor);
  return deps.store.transaction(async (r) => {
    const flags = await r.roster.openFlags(actor.schoolId);
    const names = await r.pupils.namesOf(
      actor.schoolId,
      flags.map((f) => f.pupilId),
    );
    return flags.map((f) => ({
      id: f.id,
      pupilId: f.pupilId,
      pupilName: names.get(f.pupilId)?.displayName ?? displayName(f.incoming),
      change: f.change,
      currentValue: f.currentValue,
      incomingValue: f.incomingValue,
      source: f.source,
      createdAt: f.createdAt,
    }));
  });
}

/**
 * A person decides: accept (the pupil record takes what the file said, the new date of birth or
 * UPN included) or dismiss (the record stays; the file was wrong). Either way it is audited.
 */
export async function resolveIdentityFlag(
  deps: PeopleDeps,
  actor: Actor,
  id: string,
  resolution: 'accepted' | 'dismissed',
): Promise<void> {
  await allowed(deps, actor);
  const now = deps.clock.now();
  await deps.store.transaction(async (r) => {
    const flag = assertFound(await r.roster.getFlag(actor.schoolId, id), 'Flag');
    if (flag.resolvedAt) throw new AppError('CONFLICT', 'This change has already been decided');
    if (resolution === 'accepted') {
      const { emergencyContacts, ...rest } = flag.incoming;
      await r.pupils.update(
        actor.schoolId,
        flag.pupilId,
        emergencyContacts.length ? flag.incoming : rest,
        now,
      );
    }
    await r.roster.resolveFlag(actor.schoolId, id, {
      at: now.toISOString(),
      by: actor.userId,
      resolution,
    });
    await r.audit.append(
      {
        type: 'pupil.identity_resolved',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: flag.pupilId },
        summary:
          resolution === 'accepted'
            ? 'Imported identity change accepted'
            : 'Imported identity change dismissed',
        details: { change: flag.change, resolution },
      },
      now,
    );
  });
}
