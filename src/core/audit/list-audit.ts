import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import type { Clock } from '../shared/clock.ts';
import type { Store } from '../ports.ts';
import type { AuditEvent } from './events.ts';
import type { AuditFilter } from './port.ts';

/** Record kinds whose events the school's log never shows. */
export const SEALED_AUDIT_SUBJECTS: readonly string[] = ['allegation'];

/** The school's audit log, newest first, paged by sequence number. Reading it is not audited again. */
export async function listAudit(
  deps: { store: Store; clock: Clock },
  actor: Actor,
  filter: Omit<AuditFilter, 'schoolId'>,
): Promise<{ events: AuditEvent[]; nextBefore: number | null }> {
  await requireAccess(deps, actor, 'audit.read', { type: 'audit', schoolId: actor.schoolId });
  const events = await deps.store.transaction((r) =>
    r.audit.list({
      ...filter,
      schoolId: actor.schoolId,
      // Concerns about adults are sealed (D41, D43): their trail is on the case, for its members.
      exceptSubjectTypes: SEALED_AUDIT_SUBJECTS,
      limit: filter.limit + 1,
    }),
  );
  const page = events.slice(0, filter.limit);
  const last = page.at(-1);
  return { events: page, nextBefore: events.length > filter.limit && last ? last.seq : null };
}
