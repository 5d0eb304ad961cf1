import type { Actor } from '../../access/actor.ts';
import { assertFound, requireAccess } from '../../access/require-access.ts';
import type { AuditDetails, AuditEventType } from '../../audit/events.ts';
import { conflict, invalid } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { ESSEX_WINDSCREEN, type NeedLevel, type NeedModel } from '../categories.ts';
import type { ConcernDeps } from './deps.ts';

/** A school's levels of need, seeded with the default model the first time anyone asks. */
export async function needModelOf(
  r: Repos,
  schoolId: string,
  opts: { lock?: boolean } = {},
): Promise<NeedModel> {
  const existing = await r.needLevels.get(schoolId, opts);
  if (existing) return existing;
  await r.needLevels.seed(
    schoolId,
    ESSEX_WINDSCREEN.model,
    ESSEX_WINDSCREEN.levels.map((l) => ({ ...l, id: newId() })),
  );
  return assertFound(await r.needLevels.get(schoolId, opts), 'Levels of need');
}

export async function listNeedLevels(deps: ConcernDeps, actor: Actor): Promise<NeedModel> {
  await requireAccess(deps, actor, 'concern.create', { type: 'concern', schoolId: actor.schoolId });
  return deps.store.transaction((r) => needModelOf(r, actor.schoolId));
}

interface Change {
  r: Repos;
  model: NeedModel;
  audit<T extends AuditEventType>(
    type: T,
    subjectId: string | null,
    summary: string,
    details: AuditDetails[T],
  ): Promise<void>;
}

/**
 * Every change: whoever manages categories, one transaction with the school's model locked (so
 * two people cannot both retire the last two levels in use), one audit event.
 */
async function change<T>(
  deps: ConcernDeps,
  actor: Actor,
  step: (c: Change) => Promise<T>,
): Promise<T> {
  await requireAccess(deps, actor, 'category.manage', {
    type: 'category',
    schoolId: actor.schoolId,
  });
  return deps.store.transaction(async (r) =>
    step({
      r,
      model: await needModelOf(r, actor.schoolId, { lock: true }),
      audit: async (type, subjectId, summary, details) => {
        await r.audit.append(
          {
            type,
            actor,
            schoolId: actor.schoolId,
            subject: subjectId ? { type: 'need_level', id: subjectId } : null,
            summary,
            details,
          },
          deps.clock.now(),
        );
      },
    }),
  );
}

// Two levels with one name would make a decision ambiguous to whoever reads it later.
function refuseSameLabel(model: NeedModel, label: string, except?: string) {
  const same = model.levels.find(
    (l) => l.id !== except && l.label.toLowerCase() === label.toLowerCase(),
  );
  if (same) throw conflict('label', `Another level of need is already called “${same.label}”`);
}

export const addNeedLevel = (
  deps: ConcernDeps,
  actor: Actor,
  input: { label: string; description: string },
): Promise<NeedLevel> =>
  change(deps, actor, async ({ r, model, audit }) => {
    refuseSameLabel(model, input.label);
    const id = newId();
    const level = await r.needLevels.create(actor.schoolId, {
      id,
      code: `custom_${id.slice(-8)}`,
      ...input,
    });
    await audit('need_level.created', id, `Level of need “${input.label}” added`, {
      code: level.code,
    });
    return level;
  });

/** Renames, describes, retires or brings back a level; its code stays, as decisions hold it. */
export const updateNeedLevel = (
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  patch: { label?: string; description?: string; active?: boolean },
): Promise<NeedLevel> =>
  change(deps, actor, async ({ r, model, audit }) => {
    const before = assertFound(model.levels.find((l) => l.id === id) ?? null, 'Level of need');
    if (patch.label !== undefined) refuseSameLabel(model, patch.label, id);
    if (patch.active === false && !model.levels.some((l) => l.active && l.id !== id))
      throw conflict(
        'active',
        'Keep at least one level of need in use, or no decision can be made',
      );
    const level = assertFound(
      await r.needLevels.update(actor.schoolId, id, patch),
      'Level of need',
    );
    const what =
      patch.active === before.active || patch.active === undefined
        ? 'updated'
        : patch.active
          ? 'back in use'
          : 'retired';
    await audit('need_level.updated', id, `Level of need “${level.label}” ${what}`, {
      code: level.code,
      changed: Object.keys(patch),
    });
    return level;
  });

export const reorderNeedLevels = (
  deps: ConcernDeps,
  actor: Actor,
  ids: string[],
): Promise<NeedModel> =>
  change(deps, actor, async ({ r, model, audit }) => {
    const known = new Set(model.levels.map((l) => l.id));
    if (
      ids.length !== known.size ||
      new Set(ids).size !== ids.length ||
      ids.some((i) => !known.has(i))
    )
      throw invalid('ids', 'List every level of need once, in the order you want');
    await r.needLevels.reorder(actor.schoolId, ids);
    const reordered = assertFound(await r.needLevels.get(actor.schoolId), 'Levels of need');
    await audit('need_level.reordered', null, 'Levels of need reordered', {
      codes: reordered.levels.map((l) => l.code),
    });
    return reordered;
  });

/** A school that follows another area's model calls it by that model's name. */
export const renameNeedModel = (
  deps: ConcernDeps,
  actor: Actor,
  name: string,
): Promise<NeedModel> =>
  change(deps, actor, async ({ r, model, audit }) => {
    if (name === model.model) return model;
    await r.needLevels.rename(actor.schoolId, name);
    await audit('need_level.model_renamed', null, `Levels of need now called “${name}”`, {});
    return { ...model, model: name };
  });
