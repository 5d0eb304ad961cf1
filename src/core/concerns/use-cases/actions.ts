import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import type { Role } from '../../access/roles.ts';
import { AppError, invalid } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { SUBJECTS } from './alerts.ts';
import { anchorChild, openJson } from './concern-view.ts';
import type { ConcernDeps } from './deps.ts';
import { addToEachFile } from './file-entries.ts';
import { triage } from './triage.ts';

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
    await r.concerns.addAction({
      id: newId(),
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
    : `Ask the DSL team what it is. Your notifications in Haven:\n${deps.publicUrl()}/notifications`;
  await r.outbox.enqueue([
    {
      id: newId(),
      schoolId,
      kind: 'email',
      payload: {
        to: owner.email,
        subject: SUBJECTS[kind],
        text: `${SUBJECTS[kind]}.\n\n${where}\n\nThis email deliberately contains no details.\n`,
      },
      createdAt: at,
      availableAt: at,
    },
  ]);
}

/** Done is written on each child's file too, so the chronology shows the action ended, not only set. */
export const completeConcernAction = (
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  actionId: string,
) =>
  triage(deps, actor, id, async ({ r, vault, concern, children, now, audit }) => {
    const at = now.toISOString();
    const action = (await r.concerns.actions(actor.schoolId, id)).find((a) => a.id === actionId);
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
    await audit('concern.action_done', `Action done on ${concern.reference}`, { actionId });
  });
