import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import { AppError, notFound } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import { openDeadline } from '../../deadlines/use-cases/open.ts';
import type { Repos } from '../../ports.ts';
import type { ConcernRow } from '../ports.ts';
import { alertLadder, SUBJECTS } from './alerts.ts';
import { anchorChild, reconsiderationsOf, type ReconsiderationView } from './concern-view.ts';
import type { ConcernDeps } from './deps.ts';
import { addToEachFile } from './file-entries.ts';

/** What a recorder is told: progress, never the DSL's notes. */
const recorderStatus = (s: ConcernRow['status']) =>
  s === 'new' ? 'received' : s === 'closed' ? 'closed' : 'in_progress';

export interface MyConcern {
  id: string;
  reference: string;
  recordedAt: string;
  /** The fingerprint the record was signed with, so the recorder can quote it later (D29). */
  contentHash: string;
  status: 'received' | 'in_progress' | 'closed';
  childNames: string[];
  /** Their requests for reconsideration and the DSL's answers, oldest first (D19). */
  reconsiderations: ReconsiderationView[];
  /** The latest of them, as clients read it when a concern could hold only one. */
  reconsideration: ReconsiderationView | null;
}

/** The most of a recorder's own concerns listed at once, newest first. */
export const MY_CONCERNS_SHOWN = 200;

/** The recorder's own concerns, newest first; `more` when older ones were left out. */
export async function listMyConcerns(
  deps: ConcernDeps,
  actor: Actor,
): Promise<{ items: MyConcern[]; more: boolean }> {
  await requireAccess(deps, actor, 'concern.readOwn', {
    type: 'concern',
    schoolId: actor.schoolId,
  });
  return deps.store.transaction(async (r) => {
    // Newest first, not urgent first: cut at the limit, the inbox's order would keep old urgent
    // concerns and drop this week's. One more than is shown says whether any were left out.
    const found = await r.concerns.list(actor.schoolId, {
      recordedBy: actor.userId,
      newestFirst: true,
      limit: MY_CONCERNS_SHOWN + 1,
    });
    const rows = found.slice(0, MY_CONCERNS_SHOWN);
    const children = await r.concerns.children(
      actor.schoolId,
      rows.map((c) => c.id),
    );
    const names = await r.pupils.namesOf(
      actor.schoolId,
      children.map((c) => c.pupilId),
    );
    const recons = await reconsiderationsOf(r, deps.vault(r), actor.schoolId, children);
    const items = rows.map((c): MyConcern => {
      const asked = recons.get(c.id) ?? [];
      return {
        id: c.id,
        reference: c.reference,
        recordedAt: c.recordedAt,
        contentHash: c.contentHash,
        status: recorderStatus(c.status),
        childNames: children
          .filter((ch) => ch.concernId === c.id)
          .map((ch) => names.get(ch.pupilId)?.displayName ?? 'Unknown'),
        reconsiderations: asked,
        reconsideration: asked.at(-1) ?? null,
      };
    });
    return { items, more: found.length > MY_CONCERNS_SHOWN };
  });
}

/** The recorder's own concern, or any concern for the DSL team; otherwise "not found". */
async function ownOrTeam(r: Repos, actor: Actor, id: string): Promise<ConcernRow> {
  const concern = await r.concerns.get(actor.schoolId, id);
  const team = decide(actor, 'concern.triage', {
    type: 'concern',
    schoolId: actor.schoolId,
  }).allowed;
  if (!concern || (concern.recordedBy !== actor.userId && !team)) throw notFound('Concern');
  return concern;
}

/** Later information or a correction: never an edit of the signed record (D29). */
export async function addAddendum(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  text: string,
): Promise<{ id: string; at: string }> {
  await requireAccess(deps, actor, 'concern.readOwn', {
    type: 'concern',
    schoolId: actor.schoolId,
  });
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const concern = await ownOrTeam(r, actor, id);
    const children = await r.concerns.children(actor.schoolId, [id]);
    const [entryId] = await addToEachFile(r, deps.vault(r), actor.schoolId, id, children, {
      kind: 'addendum',
      authorId: actor.userId,
      at: now.toISOString(),
      significant: false,
      content: { summary: `Addendum to ${concern.reference}`, text },
    });
    // The recorder's later information is news to the DSL team (their own notes are not).
    if (!decide(actor, 'concern.triage', { type: 'concern', schoolId: actor.schoolId }).allowed)
      await alertLadder(deps, r, actor.schoolId, id, 'addendum');
    await r.audit.append(
      {
        type: 'concern.addendum_added',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'concern', id },
        summary: `Addendum added to ${concern.reference}`,
        details: {},
      },
      now,
    );
    return { id: entryId as string, at: now.toISOString() };
  });
}

/**
 * A recorder who still has concerns presses for reconsideration (D19): the DSL team is alerted and
 * a clock starts that only their answer meets. One request waits at a time; a closed concern is
 * reopened, since it may not stay closed while a colleague waits to be answered.
 */
export async function requestReconsideration(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  reason: string,
): Promise<void> {
  await requireAccess(deps, actor, 'concern.readOwn', {
    type: 'concern',
    schoolId: actor.schoolId,
  });
  const now = deps.clock.now();
  await deps.store.transaction(async (r) => {
    // Locked, so a DSL closing it at this moment either waits and sees this request, or closes
    // first and the request below reopens it.
    const concern = await r.concerns.lock(actor.schoolId, id);
    if (!concern || concern.recordedBy !== actor.userId) throw notFound('Concern');
    const children = await r.concerns.children(actor.schoolId, [id]);
    const vault = deps.vault(r);
    const anchor = anchorChild(children);
    const requestId = newId();
    const added = await r.concerns.addReconsideration({
      id: requestId,
      concernId: id,
      schoolId: actor.schoolId,
      requestedBy: actor.userId,
      requestedAt: now.toISOString(),
      reasonSealed: await vault.seal(actor.schoolId, anchor, JSON.stringify({ text: reason })),
    });
    if (!added)
      throw new AppError(
        'CONFLICT',
        'You have already asked for this concern to be reconsidered and the DSL has not answered yet. Add information instead if something has changed.',
      );
    const reopened = concern.status === 'closed';
    if (reopened) await r.concerns.update(actor.schoolId, id, { status: 'in_progress' });
    await openDeadline(r, actor, {
      rule: 'reconsideration_answer',
      subjectType: 'concern',
      subjectId: id,
      pupilId: anchor,
      ownerId: null,
      start: now,
      now,
    });
    await addToEachFile(r, vault, actor.schoolId, id, children, {
      kind: 'note',
      authorId: actor.userId,
      at: now.toISOString(),
      significant: true,
      content: { summary: `Reconsideration of ${concern.reference} requested`, text: reason },
    });
    await r.audit.append(
      {
        type: 'concern.reconsideration_requested',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'concern', id },
        summary: reopened
          ? `Reconsideration of ${concern.reference} requested; the concern is reopened`
          : `Reconsideration of ${concern.reference} requested`,
        details: { requestId, reopened },
      },
      now,
    );
    await alertLadder(deps, r, actor.schoolId, id, 'reconsideration');
  });
}

/** The colleague who asked hears that the answer is there; the email links to My concerns only. */
export async function tellRecorder(
  deps: ConcernDeps,
  r: Repos,
  schoolId: string,
  concernId: string,
  userId: string,
  at: string,
) {
  const who = await r.staff.get(schoolId, userId);
  if (!who || who.disabled) return;
  const kind = 'reconsideration_answered';
  await r.notifications.add([
    { id: newId(), schoolId, userId, kind, concernId, createdAt: at, readAt: null },
  ]);
  await r.outbox.enqueue([
    {
      id: newId(),
      schoolId,
      kind: 'email',
      payload: {
        to: who.email,
        recipientId: who.id,
        subject: SUBJECTS[kind],
        text: `${SUBJECTS[kind]}.\n\nOpen Haven to read it:\n${deps.publicUrl()}/concerns/mine\n\nThis email deliberately contains no details.\n`,
      },
      createdAt: at,
      availableAt: at,
    },
  ]);
}
