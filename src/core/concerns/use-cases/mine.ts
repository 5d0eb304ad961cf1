import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import { notFound } from '../../shared/app-error.ts';
import type { Repos } from '../../ports.ts';
import type { ConcernRow } from '../ports.ts';
import { alertLadder } from './alerts.ts';
import { anchorChild, openJson } from './concern-view.ts';
import type { ConcernDeps } from './deps.ts';
import { addToEachFile } from './file-entries.ts';

/** What a recorder is told: progress, never the DSL's notes. */
const recorderStatus = (s: ConcernRow['status']) =>
  s === 'new' ? 'received' : s === 'closed' ? 'closed' : 'in_progress';

export interface MyConcern {
  id: string;
  reference: string;
  recordedAt: string;
  status: 'received' | 'in_progress' | 'closed';
  childNames: string[];
  reconsideration: { requestedAt: string; answer: string | null; answeredAt: string | null } | null;
}

export async function listMyConcerns(deps: ConcernDeps, actor: Actor): Promise<MyConcern[]> {
  await requireAccess(deps, actor, 'concern.readOwn', {
    type: 'concern',
    schoolId: actor.schoolId,
  });
  return deps.store.transaction(async (r) => {
    const rows = await r.concerns.list(actor.schoolId, { recordedBy: actor.userId, limit: 200 });
    const children = await r.concerns.children(
      actor.schoolId,
      rows.map((c) => c.id),
    );
    const names = await r.pupils.namesOf(
      actor.schoolId,
      children.map((c) => c.pupilId),
    );
    const vault = deps.vault(r);
    const out: MyConcern[] = [];
    for (const c of rows.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))) {
      const mine = children.filter((ch) => ch.concernId === c.id);
      const recon = await r.concerns.reconsideration(actor.schoolId, c.id);
      out.push({
        id: c.id,
        reference: c.reference,
        recordedAt: c.recordedAt,
        status: recorderStatus(c.status),
        childNames: mine.map((ch) => names.get(ch.pupilId)?.displayName ?? 'Unknown'),
        reconsideration: recon
          ? {
              requestedAt: recon.requestedAt,
              answer: recon.answerSealed
                ? ((await openJson<{ text: string }>(vault, anchorChild(mine), recon.answerSealed))
                    ?.text ?? null)
                : null,
              answeredAt: recon.answeredAt,
            }
          : null,
      });
    }
    return out;
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

/** A recorder who still has concerns presses for reconsideration; the DSL team is alerted (D19). */
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
    const concern = await r.concerns.get(actor.schoolId, id);
    if (!concern || concern.recordedBy !== actor.userId) throw notFound('Concern');
    const children = await r.concerns.children(actor.schoolId, [id]);
    const vault = deps.vault(r);
    await r.concerns.setReconsideration({
      concernId: id,
      schoolId: actor.schoolId,
      requestedBy: actor.userId,
      requestedAt: now.toISOString(),
      reasonSealed: await vault.seal(
        actor.schoolId,
        anchorChild(children),
        JSON.stringify({ text: reason }),
      ),
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
        summary: `Reconsideration of ${concern.reference} requested`,
        details: {},
      },
      now,
    );
    await alertLadder(deps, r, actor.schoolId, id, 'reconsideration');
  });
}
