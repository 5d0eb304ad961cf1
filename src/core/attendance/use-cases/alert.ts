import type { Role } from '../../access/roles.ts';
import { SUBJECTS } from '../../concerns/use-cases/alerts.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import type { NotificationRow } from '../../concerns/ports.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';

const LADDER: readonly (readonly Role[])[] = [
  ['dsl', 'deputy_dsl'],
  ['headteacher', 'deputy_head'],
];

/**
 * Tells the DSL team on duty (or, with nobody available, the head and deputy: D05) in the caller's
 * transaction: an in-app notification and an email through the outbox. The email is a sentence
 * and a link to the attendance page; it never names the child.
 */
export async function alertAttendance(
  deps: ConcernDeps,
  r: Repos,
  schoolId: string,
  kind: Extract<NotificationRow['kind'], 'attendance_la_notice' | 'plan_absence'>,
  now: string,
  deadlineId: string | null = null,
): Promise<number> {
  for (const roles of LADDER) {
    const people = await r.staff.alertable(schoolId, roles, now);
    if (!people.length) continue;
    await r.notifications.add(
      people.map((p) => ({
        id: newId(),
        schoolId,
        userId: p.id,
        kind,
        concernId: null,
        deadlineId,
        createdAt: now,
        readAt: null,
      })),
    );
    await r.outbox.enqueue(
      people.map((p) => ({
        id: newId(),
        schoolId,
        kind: 'email' as const,
        payload: {
          to: p.email,
          recipientId: p.id,
          ...(deadlineId ? { deadlineId } : {}),
          subject: SUBJECTS[kind],
          text: `${SUBJECTS[kind]}.\n\nOpen Haven to see it:\n${deps.publicUrl()}/attendance\n\nThis email deliberately contains no details.\n`,
        },
        createdAt: now,
        availableAt: now,
      })),
    );
    return people.length;
  }
  return 0;
}
