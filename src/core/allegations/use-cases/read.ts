import type { Actor } from '../../access/actor.ts';
import { allowedActions, type Action } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { AuditEvent } from '../../audit/events.ts';
import type { Repos } from '../../ports.ts';
import type { AllegationDeps } from './deps.ts';
import { patternsFor, type PatternView } from './patterns.ts';
import { authorise, auditCase, caseResource, loadCase } from './shared.ts';
import { caseSummaries, caseView, raisedOf, type CaseSummary, type CaseView } from './view.ts';

export interface CaseAnswer {
  data: CaseView;
  allowedActions: Action[];
}

const CASE_ACTIONS: readonly Action[] = [
  'allegation.read',
  'allegation.write',
  'allegation.manage',
];

/** The case and what this person may do with it, read in the caller's transaction. */
export async function caseAnswer(
  deps: AllegationDeps,
  r: Repos,
  actor: Actor,
  id: string,
  now: Date,
): Promise<CaseAnswer> {
  const c = await loadCase(r, actor.schoolId, id);
  const resource = caseResource(actor, c, await r.allegations.members(actor.schoolId, id));
  return {
    data: await caseView(deps, r, c, now),
    allowedActions: allowedActions(actor, resource).filter((a) => CASE_ACTIONS.includes(a)),
  };
}

/** One case, for its members only; every read is audited against the case (D43). */
export async function getAllegation(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
): Promise<CaseAnswer> {
  await authorise(deps, actor, id, 'allegation.read');
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const answer = await caseAnswer(deps, r, actor, id, now);
    await auditCase(
      r,
      actor,
      await loadCase(r, actor.schoolId, id),
      'allegation.read',
      'Case read',
      { via: 'case' },
      now,
    );
    return answer;
  });
}

const signedIn = (deps: AllegationDeps, actor: Actor) =>
  requireAccess(deps, actor, 'allegation.raise', { type: 'allegation', schoolId: actor.schoolId });

/**
 * The cases this person handles, open or closed. Anyone may ask; the list holds only cases they
 * are on, so an empty list says nothing about whether others exist.
 */
export async function listAllegations(
  deps: AllegationDeps,
  actor: Actor,
  view: 'open' | 'closed',
): Promise<CaseSummary[]> {
  await signedIn(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const cases = (await r.allegations.listFor(actor.schoolId, actor.userId, view === 'closed'))
      // A member can never be the subject; this holds even if the data were wrong.
      .filter((c) => c.subjectStaffId !== actor.userId);
    for (const c of cases)
      await auditCase(r, actor, c, 'allegation.read', 'Case listed', { via: 'list' }, now);
    return caseSummaries(deps, r, actor.userId, cases, now);
  });
}

/** Repeated low-level concerns about the same adult, among the cases this person is on. */
export async function listPatterns(deps: AllegationDeps, actor: Actor): Promise<PatternView[]> {
  await signedIn(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const cases = [
      ...(await r.allegations.listFor(actor.schoolId, actor.userId, false)),
      ...(await r.allegations.listFor(actor.schoolId, actor.userId, true)),
    ].filter((c) => c.subjectStaffId !== actor.userId);
    return patternsFor(r, actor, cases, (c) => raisedOf(deps, c).subjectName, now);
  });
}

export interface ActivityView {
  at: string;
  actorName: string;
  type: string;
  summary: string;
}

/** Who has read or changed the case, and who was refused: its part of the audit log. */
export async function caseActivity(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
): Promise<ActivityView[]> {
  await authorise(deps, actor, id, 'allegation.read');
  return deps.store.transaction(async (r) => {
    const events: AuditEvent[] = await r.audit.list({
      schoolId: actor.schoolId,
      subjectId: id,
      limit: 500,
    });
    return events.map((e) => ({
      at: e.at,
      actorName: e.actorName,
      type: e.type,
      summary: e.summary,
    }));
  });
}

/** The case for the LADO as a document: reading it this way is audited apart from a view. */
export async function exportAllegation(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
): Promise<{ view: CaseView; schoolName: string }> {
  await authorise(deps, actor, id, 'allegation.read');
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const c = await loadCase(r, actor.schoolId, id);
    await auditCase(r, actor, c, 'allegation.exported', 'Case exported as a PDF', {}, now);
    return {
      view: await caseView(deps, r, c, now),
      schoolName: (await r.schools.get(actor.schoolId))?.name ?? '',
    };
  });
}
