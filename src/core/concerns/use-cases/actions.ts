import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import type { Role } from '../../access/roles.ts';
import { requireAccess } from '../../access/require-access.ts';
import { AppError, invalid } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { SUBJECTS } from './alerts.ts';
import { anchorChild, openJson } from './concern-view.ts';
import type { ConcernDeps } from './deps.ts';
import { addToEachFile } from './file-entries.ts';
import { londonDate } from '../../calendar/index.ts';
import { meetDeadlines, openDeadline } from '../../deadlines/use-cases/open.ts';
import { inConcern, triage, type TriageContext } from './triage.ts';

// A concern's actions: who does what by when (D30). Set and done both go on each child's file.

export const addConcernAction = (
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  input: { description: string; ownerId: string; dueOn: string },
) =>
  triage(deps, actor, id, async ({ r, vault, concern, children, now, audit }) => {
    // Anyone in the school may own an action (a class teacher to check in daily, say), not only
    // the DSL team: what they may then open is still the policy's to say.
    const owner = await r.staff.get(actor.schoolId, input.ownerId);
    if (!owner || owner.disabled) throw invalid('ownerId', 'Choose someone in this school');
    const at = now.toISOString();
    if (input.dueOn < londonDate(now)) throw invalid('dueOn', 'Enter a due date today or later');
    const actionId = newId();
    await r.concerns.addAction({
      id: actionId,
      concernId: id,
      schoolId: actor.schoolId,
      ownerId: input.ownerId,
      dueOn: input.dueOn,
      sealed: await vault.seal(
        actor.schoolId,
        anchorChild(children),
        JSON.stringify({ description: input.description }),
      ),
      createdAt: at,
    });
    await addToEachFile(r, vault, actor.schoolId, id, children, {
      kind: 'action',
      authorId: actor.userId,
      at,
      significant: false,
      content: { summary: `Action for ${owner.fullName} by ${input.dueOn}: ${input.description}` },
    });
    await audit('concern.action_added', `Action added to ${concern.reference}`, {
      ownerId: input.ownerId,
      dueOn: input.dueOn,
    });
    // The owner is reminded the working day before; left undone, the DSL team hears of it.
    await openDeadline(r, actor, {
      rule: 'action_due',
      subjectType: 'action',
      subjectId: actionId,
      pupilId: anchorChild(children),
      ownerId: owner.id,
      start: now,
      now,
      dueOn: input.dueOn,
    });
    if (owner.id !== actor.userId) await tellActionOwner(deps, r, actor.schoolId, id, owner, at);
  });

/**
 * The owner of an action someone else set is told in Haven and by email, in the same transaction
 * (a crash loses neither). Neither says what the action is or whom it is about: the description
 * names the child. Only someone the policy lets triage is sent to the concern itself.
 */
async function tellActionOwner(
  deps: ConcernDeps,
  r: Repos,
  schoolId: string,
  concernId: string,
  owner: { id: string; fullName: string; email: string; roles: readonly Role[] },
  at: string,
) {
  const kind = 'concern_action';
  const team = decide(
    {
      userId: owner.id,
      schoolId,
      fullName: owner.fullName,
      roles: owner.roles,
      ip: null,
      requestId: null,
    },
    'concern.triage',
    { type: 'concern', schoolId, id: concernId },
  ).allowed;
  await r.notifications.add([
    { id: newId(), schoolId, userId: owner.id, kind, concernId, createdAt: at, readAt: null },
  ]);
  const where = team
    ? `Open Haven to see it:\n${deps.publicUrl()}/concerns/${concernId}`
    : `Open Haven to see it, under Actions for you:\n${deps.publicUrl()}/concerns/mine`;
  await r.outbox.enqueue([
    {
      id: newId(),
      schoolId,
      kind: 'email',
      payload: {
        to: owner.email,
        recipientId: owner.id,
        subject: SUBJECTS[kind],
        text: `${SUBJECTS[kind]}.\n\n${where}\n\nThis email deliberately contains no details.\n`,
      },
      createdAt: at,
      availableAt: at,
    },
  ]);
}

/**
 * Done is written on each child's file too, so the chronology shows the action ended, not only
 * set. The DSL team may mark any action done; its owner, whoever they are, may mark their own.
 */
export function completeConcernAction(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  actionId: string,
) {
  const team = decide(actor, 'concern.triage', { type: 'concern', schoolId: actor.schoolId, id });
  return team.allowed
    ? triage(deps, actor, id, (ctx) => markDone(ctx, actor, actionId, null))
    : inConcern(deps, actor, id, (ctx) => markDone(ctx, actor, actionId, actor.userId));
}

/** Marks the action done, if it is there, not done yet, and (given `onlyOwner`) theirs. */
async function markDone(
  { r, vault, concern, children, now, audit }: TriageContext,
  actor: Actor,
  actionId: string,
  onlyOwner: string | null,
) {
  const id = concern.id;
  const at = now.toISOString();
  const action = (await r.concerns.actions(actor.schoolId, id)).find(
    (a) => a.id === actionId && (onlyOwner === null || a.ownerId === onlyOwner),
  );
  // The update is the guard: of two presses at once, only one finds the action not yet done.
  if (!action || !(await r.concerns.completeAction(actor.schoolId, id, actionId, at))) {
    throw new AppError('NOT_FOUND', 'Action not found, or already done');
  }
  const description =
    (await openJson<{ description: string }>(vault, anchorChild(children), action.sealed))
      ?.description ?? '';
  const owner =
    (await r.staff.namesOf(actor.schoolId, [action.ownerId])).get(action.ownerId) ?? 'Unknown';
  await addToEachFile(r, vault, actor.schoolId, id, children, {
    kind: 'action',
    authorId: actor.userId,
    at,
    significant: false,
    content: {
      summary: `Action done: ${description} (for ${owner} by ${action.dueOn})`,
    },
  });
  await meetDeadlines(r, actor, actionId, ['action_due'], now);
  await audit('concern.action_done', `Action done on ${concern.reference}`, { actionId });
}

/**
 * The actions someone owns and has not done yet, with what each asks: an owner outside the DSL
 * team sees these and nothing else of the concern (D30). Reading them is audited, like any read
 * of what is written about a child.
 */
export async function listMyActions(deps: ConcernDeps, actor: Actor) {
  await requireAccess(deps, actor, 'concern.readOwn', {
    type: 'concern',
    schoolId: actor.schoolId,
  });
  return deps.store.transaction(async (r) => {
    const vault = deps.vault(r);
    const rows = await r.concerns.openActionsOwnedBy(actor.schoolId, actor.userId);
    const concernIds = [...new Set(rows.map((a) => a.concernId))];
    const children = await r.concerns.children(actor.schoolId, concernIds);
    const references = new Map<string, string>();
    for (const cid of concernIds)
      references.set(cid, (await r.concerns.get(actor.schoolId, cid))?.reference ?? '');
    const out = [];
    for (const a of rows) {
      const mine = children.filter((c) => c.concernId === a.concernId);
      const description = mine.length
        ? ((await openJson<{ description: string }>(vault, anchorChild(mine), a.sealed))
            ?.description ?? '(destroyed)')
        : '(destroyed)';
      out.push({
        id: a.id,
        concernId: a.concernId,
        concernReference: references.get(a.concernId) ?? '',
        description,
        dueOn: a.dueOn,
        setAt: a.createdAt,
      });
    }
    if (out.length)
      await r.audit.append(
        {
          type: 'concern.actions_listed',
          actor,
          schoolId: actor.schoolId,
          subject: null,
          summary: 'Read the actions they own',
          details: { count: out.length },
        },
        deps.clock.now(),
      );
    return out;
  });
}
