import type { Actor } from '../../access/actor.ts';
import { assertFound, requireAccess } from '../../access/require-access.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { DEFAULT_CATEGORIES, type Category } from '../categories.ts';
import type { ConcernDeps } from './deps.ts';

/** A school's categories, seeded with the defaults the first time anyone asks. */
export async function categoriesOf(r: Repos, schoolId: string): Promise<Category[]> {
  const existing = await r.categories.list(schoolId);
  if (existing.length) return existing;
  await r.categories.seed(
    schoolId,
    DEFAULT_CATEGORIES.map((c) => ({ ...c, id: newId() })),
  );
  return r.categories.list(schoolId);
}

export async function listCategories(deps: ConcernDeps, actor: Actor): Promise<Category[]> {
  await requireAccess(deps, actor, 'concern.create', { type: 'concern', schoolId: actor.schoolId });
  return deps.store.transaction((r) => categoriesOf(r, actor.schoolId));
}

export async function createCategory(
  deps: ConcernDeps,
  actor: Actor,
  input: { label: string; group: string | null },
): Promise<Category> {
  await requireAccess(deps, actor, 'category.manage', {
    type: 'category',
    schoolId: actor.schoolId,
  });
  return deps.store.transaction(async (r) => {
    await categoriesOf(r, actor.schoolId);
    const id = newId();
    const category = await r.categories.create(actor.schoolId, {
      id,
      code: `custom_${id.slice(-8)}`,
      ...input,
    });
    await r.audit.append(
      {
        type: 'category.created',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'category', id },
        summary: `Category “${input.label}” added`,
        details: {},
      },
      deps.clock.now(),
    );
    return category;
  });
}

export async function updateCategory(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  patch: { label?: string; active?: boolean },
): Promise<Category> {
  await requireAccess(deps, actor, 'category.manage', {
    type: 'category',
    schoolId: actor.schoolId,
  });
  return deps.store.transaction(async (r) => {
    const category = assertFound(await r.categories.update(actor.schoolId, id, patch), 'Category');
    await r.audit.append(
      {
        type: 'category.updated',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'category', id },
        summary: `Category “${category.label}” updated`,
        details: { changed: Object.keys(patch) },
      },
      deps.clock.now(),
    );
    return category;
  });
}
