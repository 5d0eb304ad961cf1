import { AppError, forbidden, notFound } from '../shared/app-error.ts';
import type { Clock } from '../shared/clock.ts';
import type { Store } from '../ports.ts';
import type { Actor } from './actor.ts';
import { decide, type Action, type Resource } from './policy.ts';

/**
 * Asks the policy; on refusal records `access.denied` in its own transaction (so the record
 * survives the refusal) and throws. Another school's record is "not found", never "forbidden".
 */
export async function requireAccess(
  deps: { store: Store; clock: Clock },
  actor: Actor,
  action: Action,
  resource: Resource,
  /** Child protection files answer "not found" to anyone refused, so existence never leaks. */
  opts: { refuseAsNotFound?: boolean } = {},
): Promise<void> {
  const decision = decide(actor, action, resource);
  if (decision.allowed) return;
  await deps.store.transaction((r) =>
    r.audit.append(
      {
        type: 'access.denied',
        actor,
        schoolId: actor.schoolId,
        subject:
          decision.reason === 'other_school'
            ? null
            : resource.id
              ? { type: resource.type, id: resource.id }
              : null,
        summary: `Refused ${action}`,
        details: { action, reason: decision.reason },
      },
      deps.clock.now(),
    ),
  );
  throw decision.reason === 'other_school' || opts.refuseAsNotFound
    ? notFound(resource.type)
    : forbidden();
}

export const assertFound = <T>(value: T | null, what: string): T => {
  if (value === null) throw notFound(what);
  return value;
};

export { AppError };
