import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Category } from '../../api/types';
import { concernKeys } from '../concerns/queries';

export const categoryPath = (id: string) => `/api/categories/${encodeURIComponent(id)}`;

/** Sends a change to the list, then refreshes it (the record-a-concern form reads the same list). */
export function useCategoryChange() {
  const queryClient = useQueryClient();
  return async (send: () => Promise<unknown>): Promise<void> => {
    await send();
    await queryClient.invalidateQueries({ queryKey: concernKeys.categories });
  };
}

export const addCategory = (label: string, group: string) =>
  api.post<Category>('/api/categories', { label, group: group || null });

export const patchCategory = (id: string, patch: { label?: string; active?: boolean }) =>
  api.patch<Category>(categoryPath(id), patch);

/** The groups in the order the list first mentions them; categories with no group come last. */
export function groupCategories(
  categories: Category[],
): { group: string | null; items: Category[] }[] {
  const groups = new Map<string | null, Category[]>();
  for (const c of categories) {
    const list = groups.get(c.group) ?? [];
    list.push(c);
    groups.set(c.group, list);
  }
  const named = [...groups].filter(([g]) => g !== null);
  const none = groups.get(null);
  return [
    ...named.map(([group, items]) => ({ group, items })),
    ...(none ? [{ group: null, items: none }] : []),
  ];
}
