import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { Pupil, PupilSummary } from '../../api/types';

export const pupilKeys = {
  all: ['pupils'] as const,
  list: (q: string, yearGroup: string) => ['pupils', 'list', q, yearGroup] as const,
  one: (id: string) => ['pupils', 'one', id] as const,
};

export function usePupilList(q: string, yearGroup: string) {
  return useQuery({
    queryKey: pupilKeys.list(q, yearGroup),
    queryFn: () => api.get<PupilSummary[]>(withQuery('/api/pupils', { q, yearGroup })),
  });
}

export function usePupil(id: string) {
  return useQuery({
    queryKey: pupilKeys.one(id),
    queryFn: () => api.get<Pupil>(`/api/pupils/${encodeURIComponent(id)}`),
  });
}
