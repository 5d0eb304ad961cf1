import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { LevelOfNeed, LevelsOfNeed } from '../../api/types';
import { concernKeys } from '../concerns/queries';

const LEVELS = '/api/levels-of-need';
const levelPath = (id: string) => `${LEVELS}/${encodeURIComponent(id)}`;

/** Sends a change, then refreshes the model (the decision form reads the same one). */
export function useNeedLevelChange() {
  const queryClient = useQueryClient();
  return async (send: () => Promise<unknown>): Promise<void> => {
    await send();
    await queryClient.invalidateQueries({ queryKey: concernKeys.levels });
  };
}

export const addNeedLevel = (label: string, description: string) =>
  api.post<LevelOfNeed>(LEVELS, { label, description });

export const patchNeedLevel = (
  id: string,
  patch: { label?: string; description?: string; active?: boolean },
) => api.patch<LevelOfNeed>(levelPath(id), patch);

export const renameNeedModel = (model: string) => api.patch<LevelsOfNeed>(LEVELS, { model });

/** Every level's id, with the one at `index` moved one place up (-1) or down (+1). */
export function reorderedIds(levels: LevelOfNeed[], index: number, by: -1 | 1): string[] {
  const ids = levels.map((l) => l.id);
  const [moved] = ids.splice(index, 1);
  if (moved !== undefined) ids.splice(index + by, 0, moved);
  return ids;
}

export const reorderNeedLevels = (ids: string[]) =>
  api.put<LevelsOfNeed>(`${LEVELS}/order`, { ids });
