import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { Role } from '../../access/roles.ts';
import type { NotificationRow } from '../ports.ts';
import { ESCALATION_LADDER } from './alerts.ts';
import type { ConcernDeps } from './deps.ts';

/** Everyone the alert ladder can reach. */
const LADDER_ROLES = new Set<Role>(ESCALATION_LADDER.flat());

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
  const alerted = await deps.store.read(async (r) => {
    if (!(await r.notifications.sentAbout(actor.userId, id, ALERTS_TO_ACT))) return false;
    // Stepping in lasts while it is needed: while they still stand on the ladder, and until the
    // concern is closed or someone else has taken it up.
    const concern = await r.concerns.get(actor.schoolId, id);
    return (
      !!concern &&
      actor.roles.some((role) => LADDER_ROLES.has(role)) &&
      concern.status !== 'closed' &&
      (concern.acknowledgedBy === null || concern.acknowledgedBy === actor.userId) &&
      (concern.ownerId === null || concern.ownerId === actor.userId)
    );
  });
  await requireAccess(
    deps,
    actor,
    'concern.respond',
    { ...resource, alertedToActor: alerted },
    { refuseAsNotFound: true },
  );
  return { via: 'alert' };
}

/**
 * Someone stepping in for the DSL team (`via: 'alert'`) sees what was recorded: the recorder's
 * own addenda and attachments, not what the team has added since.
 */
export const seenWhenSteppingIn = (
  via: 'dsl_team' | 'alert',
  recordedBy: string,
  authorId: string,
): boolean => via === 'dsl_team' || authorId === recordedBy;
