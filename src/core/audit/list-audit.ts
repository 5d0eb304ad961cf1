import type { Actor } from '../access/actor.ts';
import { decide } from '../access/policy.ts';
import { requireAccess } from '../access/require-access.ts';
import type { Clock } from '../shared/clock.ts';
import type { Store } from '../ports.ts';
import { AUDIT_EVENT_TYPES, type AuditEvent, type AuditEventType } from './events.ts';
import type { AuditFilter } from './port.ts';

/** Record kinds whose events the school's log never shows. */
export const SEALED_AUDIT_SUBJECTS: readonly string[] = ['allegation'];

/** Families of events about child protection work: which children, which plans, which clocks. */
const CHILD_PROTECTION_FAMILIES = [
  'concern.',
  'file.',
  'grant.',
  'referral.',
  'disclosure.',
  'meeting.',
  'plan.',
  'cme.',
  'deadline.',
  'attendance.la_',
  'attendance.plan_',
];

/** Records of child protection work: even a refusal to open one says which children have one. */
const CHILD_PROTECTION_SUBJECTS = ['concern', 'file', 'referral', 'cme', 'plan', 'deadline'];

/**
 * Events only the DSL team sees in the school's log. Leaders who read the log for sign-ins and
 * staff changes must not learn from it which children have a file, who was let into one, or who
 * is on a plan (D24, D32): the same line that keeps files from them keeps their trail from them.
 */
export const CHILD_PROTECTION_EVENTS: readonly AuditEventType[] = AUDIT_EVENT_TYPES.filter((t) =>
  CHILD_PROTECTION_FAMILIES.some((family) => t.startsWith(family)),
);

/** The school's audit log, newest first, paged by sequence number. Reading it is not audited again. */
export async function listAudit(
  deps: { store: Store; clock: Clock },
  actor: Actor,
  filter: Omit<AuditFilter, 'schoolId'>,
): Promise<{ events: AuditEvent[]; nextBefore: number | null }> {
  await requireAccess(deps, actor, 'audit.read', { type: 'audit', schoolId: actor.schoolId });
  const team = decide(actor, 'concern.triage', { type: 'concern', schoolId: actor.schoolId });
  const events = await deps.store.transaction((r) =>
    r.audit.list({
      ...filter,
      schoolId: actor.schoolId,
      // Concerns about adults are sealed (D41, D43): their trail is on the case, for its members.
      exceptSubjectTypes: team.allowed
        ? SEALED_AUDIT_SUBJECTS
        : [...SEALED_AUDIT_SUBJECTS, ...CHILD_PROTECTION_SUBJECTS],
      ...(team.allowed ? {} : { exceptTypes: CHILD_PROTECTION_EVENTS }),
      limit: filter.limit + 1,
    }),
  );
  const page = events.slice(0, filter.limit);
  const last = page.at(-1);
  return { events: page, nextBefore: events.length > filter.limit && last ? last.seq : null };
}
