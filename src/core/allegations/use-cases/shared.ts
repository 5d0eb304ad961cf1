import type { Actor } from '../../access/actor.ts';
import { decide, type Action, type Resource } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { AuditDetails, AuditEventType } from '../../audit/events.ts';
import type { NotificationRow } from '../../concerns/ports.ts';
import { SUBJECTS } from '../../concerns/use-cases/alerts.ts';
import { notFound } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import type { CaseEntryKind } from '../case.ts';
import type { AllegationRow, MemberRow } from '../ports.ts';
import type { AllegationDeps } from './deps.ts';

/** The actor's standing on one case, as the policy reads it. */
export function caseResource(actor: Actor, c: AllegationRow, members: MemberRow[]): Resource {
  return {
    type: 'allegation',
    schoolId: c.schoolId,
    id: c.id,
    caseRole: members.find((m) => m.staffId === actor.userId)?.role ?? null,
    actorIsSubject: c.subjectStaffId === actor.userId,
  };
}

/**
 * Asks the policy about one case. Anyone refused, including the adult it is about, is told it
 * does not exist (D41, D43); the refusal is still audited against the case for its members to see.
 */
export async function authorise(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
  action: Action,
): Promise<Resource> {
  const resource = await deps.store.transaction(async (r) => {
    const c = await r.allegations.get(actor.schoolId, id);
    return c ? caseResource(actor, c, await r.allegations.members(actor.schoolId, id)) : null;
  });
  if (!resource) throw notFound('Case');
  // A member refused a manager's step already knows the case exists: they are told no, not "none".
  const member = decide(actor, 'allegation.read', resource).allowed;
  await requireAccess(deps, actor, action, resource, { refuseAsNotFound: !member });
  return resource;
}

export const loadCase = async (r: Repos, schoolId: string, id: string) => {
  const c = await r.allegations.get(schoolId, id);
  if (!c) throw notFound('Case');
  return c;
};

export interface EntryContent {
  summary: string;
  text: string | null;
  /** Structured facts the case view reads back (decision, LADO contact, outcome). */
  facts?: Record<string, string | null>;
}

/** One chronology entry on the case, sealed with the case's key. */
export async function addCaseEntry(
  deps: AllegationDeps,
  r: Repos,
  c: AllegationRow,
  actor: Actor,
  kind: CaseEntryKind,
  at: string,
  content: EntryContent,
): Promise<void> {
  await r.allegations.addEntry({
    id: newId(),
    caseId: c.id,
    schoolId: c.schoolId,
    kind,
    at,
    authorId: actor.userId,
    sealed: deps.cases.seal(c.wrappedKey, c.id, JSON.stringify(content)),
  });
}

/** An audit event about the case: its summary says what was done, never what was alleged. */
export function auditCase<T extends AuditEventType>(
  r: Repos,
  actor: Actor,
  c: AllegationRow,
  type: T,
  summary: string,
  details: AuditDetails[T],
  now: Date,
) {
  return r.audit.append(
    {
      type,
      actor,
      schoolId: c.schoolId,
      subject: { type: 'allegation', id: c.id },
      summary,
      details,
    },
    now,
  );
}

/** Tells people about a case, in Haven and by email; the email says nothing but that it exists. */
export async function alertCase(
  deps: AllegationDeps,
  r: Repos,
  c: AllegationRow,
  people: { id: string; email: string }[],
  kind: Extract<NotificationRow['kind'], 'allegation' | 'allegation_pattern'>,
  now: string,
): Promise<void> {
  const to = people.filter((p) => p.id !== c.subjectStaffId);
  if (!to.length) return;
  await r.notifications.add(
    to.map((p) => ({
      id: newId(),
      schoolId: c.schoolId,
      userId: p.id,
      kind,
      concernId: null,
      caseId: c.id,
      createdAt: now,
      readAt: null,
    })),
  );
  await r.outbox.enqueue(
    to.map((p) => ({
      id: newId(),
      schoolId: c.schoolId,
      kind: 'email' as const,
      payload: {
        to: p.email,
        recipientId: p.id,
        subject: SUBJECTS[kind],
        text: `${SUBJECTS[kind]}.\n\nOpen Haven to see it:\n${deps.publicUrl()}/allegations/${c.id}\n\nThis email deliberately contains no details. Please do not forward it.\n`,
      },
      createdAt: now,
      availableAt: now,
    })),
  );
}
