import type { Actor } from '../../access/actor.ts';
import { assertFound, requireAccess } from '../../access/require-access.ts';
import type { AuditDetails, AuditEventType } from '../../audit/events.ts';
import { AppError, conflict, invalid } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { statusAfter, type ConcernStatus, type Outcome } from '../concern.ts';
import type { ChildVault, ConcernChildRow, ConcernRow } from '../ports.ts';
import { anchorChild } from './concern-view.ts';
import type { ConcernDeps } from './deps.ts';
import { addToEachFile } from './file-entries.ts';
import { meetDeadlines } from '../../deadlines/use-cases/open.ts';
import { concernAccess } from './concern-access.ts';
import { tellRecorder } from './mine.ts';
import { needModelOf } from './need-levels.ts';

const OUTCOME_LABELS: Record<Outcome, string> = {
  no_further_action: 'no further action',
  monitor: 'monitor',
  early_help: 'early help',
  referral: 'referral',
  other: 'other',
};

export interface TriageContext {
  r: Repos;
  vault: ChildVault;
  concern: ConcernRow;
  children: ConcernChildRow[];
  now: Date;
  audit<T extends AuditEventType>(
    type: T,
    summary: string,
    details: AuditDetails[T],
  ): Promise<void>;
}

/** Every triage step: DSL team only, the concern must exist, one transaction, one audit event. */
export async function triage<T>(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  step: (ctx: TriageContext) => Promise<T>,
): Promise<T> {
  await requireAccess(
    deps,
    actor,
    'concern.triage',
    { type: 'concern', schoolId: actor.schoolId, id },
    { refuseAsNotFound: true },
  );
  return inConcern(deps, actor, id, step);
}

/** A step on one concern, whoever may take it: one transaction, and its audit event in it. */
export function inConcern<T>(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  step: (ctx: TriageContext) => Promise<T>,
): Promise<T> {
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const concern = assertFound(await r.concerns.get(actor.schoolId, id), 'Concern');
    const children = await r.concerns.children(actor.schoolId, [id]);
    return step({
      r,
      vault: deps.vault(r),
      concern,
      children,
      now,
      audit: (type, summary, details) =>
        r.audit
          .append(
            {
              type,
              actor,
              schoolId: actor.schoolId,
              subject: { type: 'concern', id },
              summary,
              details,
            },
            now,
          )
          .then(() => undefined),
    });
  });
}

/**
 * Acknowledging stops the urgent clock and opens each child's file (D30, D31). Whoever an alert
 * reached may acknowledge (D05); only a member of the DSL team becomes the case owner by it.
 */
export async function acknowledgeConcern(deps: ConcernDeps, actor: Actor, id: string) {
  const { via } = await concernAccess(deps, actor, id);
  const now = deps.clock.now();
  await deps.store.transaction(async (r) => {
    // Locked, so of two people acknowledging at once the second sees it done and changes nothing.
    const concern = assertFound(await r.concerns.lock(actor.schoolId, id), 'Concern');
    if (concern.acknowledgedAt) return;
    const children = await r.concerns.children(actor.schoolId, [id]);
    const at = now.toISOString();
    await r.concerns.update(actor.schoolId, id, {
      acknowledgedAt: at,
      acknowledgedBy: actor.userId,
      status: concern.status === 'new' ? 'in_progress' : concern.status,
      ownerId: concern.ownerId ?? (via === 'dsl_team' ? actor.userId : null),
    });
    for (const c of children) await r.files.open(actor.schoolId, c.pupilId, actor.userId, at);
    await meetDeadlines(r, actor, id, ['urgent_ack'], now);
    await r.audit.append(
      {
        type: 'concern.acknowledged',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'concern', id },
        summary: `Concern ${concern.reference} acknowledged`,
        details: {},
      },
      now,
    );
  });
}

/** A concern may not close while a colleague waits for the answer to their request (D19). */
async function refuseCloseWhileAsked(r: Repos, schoolId: string, id: string, field: string) {
  // Locked first, so a request arriving now waits for this transaction and then sees it closed.
  await r.concerns.lock(schoolId, id);
  if ((await r.concerns.awaitingAnswer(schoolId, [id])).length)
    throw conflict(
      field,
      'This concern cannot be closed while a request to reconsider it is unanswered. Answer the request first.',
    );
}

export const assignConcern = (deps: ConcernDeps, actor: Actor, id: string, ownerId: string) =>
  triage(deps, actor, id, async ({ r, concern, audit }) => {
    const owner = await r.staff.get(actor.schoolId, ownerId);
    if (!owner || owner.disabled || !owner.roles.some((x) => x === 'dsl' || x === 'deputy_dsl')) {
      throw invalid('ownerId', 'Choose a member of the DSL team');
    }
    await r.concerns.update(actor.schoolId, id, { ownerId });
    await audit('concern.assigned', `Concern ${concern.reference} assigned to ${owner.fullName}`, {
      ownerId,
    });
  });

export const decideConcern = (
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  input: { outcome: Outcome; levelOfNeed: string; rationale: string },
) =>
  triage(deps, actor, id, async ({ r, vault, concern, children, now, audit }) => {
    // Only a level in use may be chosen; retired ones stay for the decisions that hold them.
    const level = (await needModelOf(r, actor.schoolId)).levels.find(
      (l) => l.active && l.code === input.levelOfNeed,
    );
    if (!level) throw invalid('levelOfNeed', 'Choose a level of need');
    if (statusAfter(input.outcome) === 'closed')
      await refuseCloseWhileAsked(r, actor.schoolId, id, 'outcome');
    const at = now.toISOString();
    await r.concerns.addDecision({
      id: newId(),
      concernId: id,
      schoolId: actor.schoolId,
      decidedBy: actor.userId,
      at,
      outcome: input.outcome,
      levelOfNeed: input.levelOfNeed,
      sealed: await vault.seal(
        actor.schoolId,
        anchorChild(children),
        JSON.stringify({ rationale: input.rationale }),
      ),
    });
    await r.concerns.update(actor.schoolId, id, {
      status: statusAfter(input.outcome),
      acknowledgedAt: concern.acknowledgedAt ?? at,
      acknowledgedBy: concern.acknowledgedBy ?? actor.userId,
    });
    for (const c of children) await r.files.open(actor.schoolId, c.pupilId, actor.userId, at);
    if (!concern.acknowledgedAt) await meetDeadlines(r, actor, id, ['urgent_ack'], now);
    await addToEachFile(r, vault, actor.schoolId, id, children, {
      kind: 'decision',
      authorId: actor.userId,
      at,
      significant: input.outcome === 'referral',
      content: {
        summary: `Decision on ${concern.reference}: ${OUTCOME_LABELS[input.outcome]} (level of need: ${level.label})`,
        text: input.rationale,
      },
    });
    await audit('concern.decided', `Decision recorded on ${concern.reference}`, {
      outcome: input.outcome,
      levelOfNeed: input.levelOfNeed,
    });
  });

export const setConcernStatus = (
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  status: Exclude<ConcernStatus, 'new'>,
) =>
  triage(deps, actor, id, async ({ r, concern, audit }) => {
    if (concern.status === status) return;
    if (status === 'closed') await refuseCloseWhileAsked(r, actor.schoolId, id, 'status');
    await r.concerns.update(actor.schoolId, id, { status });
    await audit(
      'concern.status_changed',
      `Concern ${concern.reference} is now ${status.replace('_', ' ')}`,
      { from: concern.status, to: status },
    );
  });

/**
 * The DSL must answer a request for reconsideration on the record (D19): the answer meets the
 * clock the request started, and the recorder is told, in Haven and by an email with no details.
 */
export const answerReconsideration = (
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  answer: string,
) =>
  triage(deps, actor, id, async ({ r, vault, concern, children, now, audit }) => {
    const nothingWaiting = () =>
      new AppError('CONFLICT', 'No request to reconsider this concern is waiting for an answer');
    const waiting = (await r.concerns.reconsiderations(actor.schoolId, [id])).find(
      (x) => !x.answeredAt,
    );
    if (!waiting) throw nothingWaiting();
    const at = now.toISOString();
    const answered = await r.concerns.answerReconsideration(actor.schoolId, waiting.id, {
      answeredBy: actor.userId,
      answeredAt: at,
      answerSealed: await vault.seal(
        actor.schoolId,
        anchorChild(children),
        JSON.stringify({ text: answer }),
      ),
    });
    // Another member of the team answered it a moment ago.
    if (!answered) throw nothingWaiting();
    await meetDeadlines(r, actor, id, ['reconsideration_answer'], now);
    await addToEachFile(r, vault, actor.schoolId, id, children, {
      kind: 'note',
      authorId: actor.userId,
      at,
      significant: false,
      content: { summary: `Reconsideration of ${concern.reference} answered`, text: answer },
    });
    await audit(
      'concern.reconsideration_answered',
      `Reconsideration of ${concern.reference} answered`,
      { requestId: waiting.id },
    );
    await tellRecorder(deps, r, actor.schoolId, id, waiting.requestedBy, at);
  });
