import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { NotificationRow } from '../ports.ts';
import type { ConcernDeps } from './deps.ts';

/** The alerts that ask someone to act on a concern, as against telling its recorder something. */
export const ALERTS_TO_ACT: readonly NotificationRow['kind'][] = [
  'new_concern',
  'urgent_concern',
  'escalation',
  'addendum',
];

/**
 * May the actor respond to this concern (read it, acknowledge it)? The DSL team always may;
 * anyone else only if an alert about it reached them (D05). Refusals say "not found", as for
 * every child protection record, so existence never leaks.
 */
export async function concernAccess(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
): Promise<{ via: 'dsl_team' | 'alert' }> {
  const resource = { type: 'concern' as const, schoolId: actor.schoolId, id };
  if (decide(actor, 'concern.respond', resource).allowed) return { via: 'dsl_team' };
  const alerted = await deps.store.read((r) =>
    r.notifications.sentAbout(actor.userId, id, ALERTS_TO_ACT),
  );
  await requireAccess(
    deps,
    actor,
    'concern.respond',
    { ...resource, alertedToActor: alerted },
    { refuseAsNotFound: true },
  );
  return { via: 'alert' };
}
