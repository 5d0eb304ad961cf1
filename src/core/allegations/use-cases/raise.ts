import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { Role } from '../../access/roles.ts';
import { openDeadline } from '../../deadlines/use-cases/open.ts';
import { AppError, invalid } from '../../shared/app-error.ts';
import { assertNotFuture } from '../../shared/dates.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { normaliseName, routeCase, ROUTE_LABELS, type Relationship, type Route } from '../case.ts';
import type { RaiseInput } from '../inputs.ts';
import type { AllegationRow, RaisedContent } from '../ports.ts';
import type { AllegationDeps } from './deps.ts';
import { candidates, ladoPhoneOf } from './routing.ts';
import { addCaseEntry, alertCase, auditCase } from './shared.ts';

export interface AllegationReceipt {
  id: string;
  reference: string;
  raisedAt: string;
  routedTo: Route;
  routedToLabel: string;
}

const raise = (deps: AllegationDeps, actor: Actor) =>
  requireAccess(deps, actor, 'allegation.raise', { type: 'allegation', schoolId: actor.schoolId });

/** Colleagues a concern can be about: everyone with an account, by name. */
export async function listColleagues(
  deps: AllegationDeps,
  actor: Actor,
): Promise<{ id: string; fullName: string }[]> {
  await raise(deps, actor);
  return deps.store.transaction(async (r) =>
    (await r.staff.list(actor.schoolId, { includeDisabled: false })).map((s) => ({
      id: s.id,
      fullName: s.fullName,
    })),
  );
}

const GOVERNORS: readonly Role[] = [
  'governor',
  'safeguarding_governor',
  'deputy_safeguarding_governor',
  'chair_of_governors',
];

function relationshipOf(roles: readonly Role[]): Relationship {
  if (roles.some((r) => GOVERNORS.includes(r)) && !roles.some((r) => !GOVERNORS.includes(r)))
    return 'governor';
  if (roles.length && roles.every((r) => r === 'volunteer' || r === 'visitor')) return 'volunteer';
  return 'staff';
}

/** Who the concern is about, in clear only as a fingerprint for matching patterns. */
async function subjectOf(deps: AllegationDeps, r: Repos, actor: Actor, input: RaiseInput) {
  const s = input.subject;
  if (s.staffId) {
    const person = await r.staff.get(actor.schoolId, s.staffId);
    if (!person || person.disabled)
      throw invalid('subject.staffId', 'Choose a colleague from this school');
    return {
      staffId: person.id,
      roles: person.roles,
      name: person.fullName,
      relationship: relationshipOf(person.roles),
      key: `staff:${person.id}`,
    };
  }
  const name = s.name ?? '';
  return {
    staffId: null,
    roles: [] as Role[],
    name,
    relationship: s.relationship ?? 'other',
    key: `name:${deps.cases.fingerprint(`${actor.schoolId}|${normaliseName(name)}`)}`,
  };
}

/**
 * Anyone raises a concern about an adult working with children (D41). It goes to the headteacher,
 * to the deputy head when the head is unavailable, or to the chair of governors when it is about
 * the headteacher; nobody else is told. The LADO clock starts at once (D42): it is met by
 * recording LADO contact, or stood down if the case manager decides it is a low-level concern.
 */
export async function raiseAllegation(
  deps: AllegationDeps,
  actor: Actor,
  input: RaiseInput,
): Promise<AllegationReceipt> {
  await raise(deps, actor);
  const now = deps.clock.now();
  const at = now.toISOString();
  if (input.incidentAt) assertNotFuture('incidentAt', input.incidentAt, now);
  return deps.store.transaction(async (r) => {
    const subject = await subjectOf(deps, r, actor, input);
    const routed = routeCase(
      subject.staffId,
      subject.roles,
      await candidates(r, actor.schoolId, at),
    );
    if (!routed) {
      const lado = await ladoPhoneOf(r, actor.schoolId);
      throw new AppError(
        'CONFLICT',
        `Nobody in Haven can receive this now: no headteacher, deputy head or chair of governors is available. Ring the LADO${lado ? ` on ${lado}` : ''} today.`,
      );
    }
    const id = newId();
    const wrappedKey = deps.cases.newKey(id);
    const content: RaisedContent = {
      subjectName: subject.name,
      subjectDetails: input.subject.details,
      whatHappened: input.whatHappened,
      incidentAt: input.incidentAt ? new Date(input.incidentAt).toISOString() : null,
      location: input.location,
      childrenInvolved: input.childrenInvolved,
      actionTaken: input.actionTaken,
    };
    const n = await r.allegations.nextReferenceNumber(actor.schoolId);
    const row: AllegationRow = {
      id,
      schoolId: actor.schoolId,
      reference: `ADULT-${now.getUTCFullYear()}-${String(n).padStart(4, '0')}`,
      raisedBy: actor.userId,
      raisedAt: at,
      subjectStaffId: subject.staffId,
      relationship: subject.relationship,
      subjectKey: subject.key,
      route: routed.route,
      managerId: routed.managerId,
      threshold: null,
      thresholdAt: null,
      ladoContactedAt: null,
      outcome: null,
      outcomeAt: null,
      retentionRule: null,
      retainUntil: null,
      personnelFile: null,
      wrappedKey,
      sealed: deps.cases.seal(wrappedKey, id, JSON.stringify(content)),
      createdAt: at,
      updatedAt: at,
    };
    await r.allegations.add(row);
    await r.allegations.addMember({
      caseId: id,
      schoolId: actor.schoolId,
      staffId: routed.managerId,
      role: 'manager',
      reasonCode: 'routing',
      sealedReason: null,
      addedBy: null,
      addedAt: at,
    });
    const manager = await r.staff.get(actor.schoolId, routed.managerId);
    await addCaseEntry(deps, r, row, actor, 'raised', at, {
      summary: `Concern raised by ${actor.fullName}`,
      text: null,
    });
    await addCaseEntry(deps, r, row, actor, 'routed', at, {
      summary: `Sent to the ${ROUTE_LABELS[routed.route]}, ${manager?.fullName ?? 'unknown'}, as case manager`,
      text: null,
    });
    await auditCase(
      r,
      actor,
      row,
      'allegation.raised',
      'Concern about an adult raised',
      {
        route: routed.route,
      },
      now,
    );
    await openDeadline(r, actor, {
      rule: 'lado_inform',
      subjectType: 'allegation',
      subjectId: id,
      pupilId: null,
      ownerId: routed.managerId,
      start: now,
      now,
    });
    if (manager) await alertCase(deps, r, row, [manager], 'allegation', at);
    return {
      id,
      reference: row.reference,
      raisedAt: at,
      routedTo: routed.route,
      routedToLabel: ROUTE_LABELS[routed.route],
    };
  });
}
