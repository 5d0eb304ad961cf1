import type { Actor } from '../../access/actor.ts';
import { forbidden, invalid, notFound } from '../../shared/app-error.ts';
import { ESCALATION_LADDER } from './alerts.ts';
import type { NotificationRow } from '../ports.ts';
import type { ConcernDeps } from './deps.ts';

/** A person's own in-app alerts: they carry no child details, only a link to the concern. */
export async function listNotifications(
  deps: ConcernDeps,
  actor: Actor,
): Promise<{ items: NotificationRow[]; unread: number }> {
  return deps.store.transaction(async (r) => ({
    items: await r.notifications.list(actor.userId, 50),
    unread: await r.notifications.unread(actor.userId),
  }));
}

export async function markNotificationRead(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
): Promise<void> {
  const ok = await deps.store.transaction((r) =>
    r.notifications.markRead(actor.userId, id, deps.clock.now().toISOString()),
  );
  if (!ok) throw notFound('Notification');
}

/** A DSL away (course, leave) marks themselves unavailable; alerts go to whoever is on duty (D05). */
export async function setAvailability(
  deps: ConcernDeps,
  actor: Actor,
  unavailableUntil: string | null,
): Promise<void> {
  const now = deps.clock.now();
  // Only people who receive safeguarding alerts have an availability to set.
  if (!actor.roles.some((role) => ESCALATION_LADDER.some((rung) => rung.includes(role))))
    throw forbidden();
  if (unavailableUntil && new Date(unavailableUntil) <= now) {
    throw invalid('unavailableUntil', 'Choose a time in the future');
  }
  await deps.store.transaction(async (r) => {
    await r.staff.setUnavailableUntil(actor.schoolId, actor.userId, unavailableUntil);
    await r.audit.append(
      {
        type: 'staff.availability_changed',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'staff', id: actor.userId },
        summary: unavailableUntil ? 'Marked unavailable' : 'Marked available',
        details: { unavailableUntil },
      },
      now,
    );
  });
}
