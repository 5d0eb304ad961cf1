import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { Staff } from '../../api/types';

export const staffKeys = {
  all: ['staff'] as const,
  list: (q: string, includeDisabled: boolean) => ['staff', 'list', q, includeDisabled] as const,
  one: (id: string) => ['staff', 'one', id] as const,
};

export function useStaffList(q: string, includeDisabled: boolean) {
  return useQuery({
    queryKey: staffKeys.list(q, includeDisabled),
    queryFn: () =>
      api.get<Staff[]>(
        withQuery('/api/staff', { q, includeDisabled: includeDisabled ? 'true' : undefined }),
      ),
  });
}

export function useStaffMember(id: string) {
  return useQuery({
    queryKey: staffKeys.one(id),
    queryFn: () => api.get<Staff>(`/api/staff/${encodeURIComponent(id)}`),
  });
}
