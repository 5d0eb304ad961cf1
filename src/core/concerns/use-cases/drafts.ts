import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { conflict, notFound } from '../../shared/app-error.ts';
import type { SecretBox } from '../../auth/ports.ts';
import type { ConcernDeps } from './deps.ts';

/**
 * Unsent work lives on the server, sealed, never in the browser. A draft may not name a child
 * yet, so it is sealed with the installation key (bound to its author), not a child's key.
 */
const context = (actor: Actor) => `concern-draft:${actor.userId}`;

export async function saveDraft(
  deps: ConcernDeps & { box: SecretBox },
  actor: Actor,
  id: string,
  input: unknown,
): Promise<{ id: string; updatedAt: string }> {
  await requireAccess(deps, actor, 'concern.create', { type: 'concern', schoolId: actor.schoolId });
  const updatedAt = deps.clock.now().toISOString();
  const sealed = deps.box.seal(JSON.stringify(input), context(actor));
  const sent = () => conflict('id', 'This concern has already been sent');
  const ok = await deps.store.transaction(async (r) => {
    if (await r.concerns.wasSubmitted(actor.userId, id)) throw sent();
    const put = await r.drafts.put({
      id,
      schoolId: actor.schoolId,
      authorId: actor.userId,
      updatedAt,
      sealed,
    });
    // A save still on its way when the concern was sent must not bring the draft back: on
    // PostgreSQL the put waits for the sending to commit, and only then does this see it.
    if (await r.concerns.wasSubmitted(actor.userId, id)) throw sent();
    return put;
  });
  if (!ok) throw notFound('Draft');
  return { id, updatedAt };
}

export async function listDrafts(
  deps: ConcernDeps & { box: SecretBox },
  actor: Actor,
): Promise<{ id: string; updatedAt: string; input: unknown }[]> {
  await requireAccess(deps, actor, 'concern.create', { type: 'concern', schoolId: actor.schoolId });
  const rows = await deps.store.transaction((r) => r.drafts.list(actor.schoolId, actor.userId));
  return rows.map((d) => ({
    id: d.id,
    updatedAt: d.updatedAt,
    input: JSON.parse(deps.box.open(d.sealed, context(actor))) as unknown,
  }));
}

export async function deleteDraft(deps: ConcernDeps, actor: Actor, id: string): Promise<void> {
  await requireAccess(deps, actor, 'concern.create', { type: 'concern', schoolId: actor.schoolId });
  if (!(await deps.store.transaction((r) => r.drafts.delete(actor.schoolId, actor.userId, id))))
    throw notFound('Draft');
}
