import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { Deadline, DeadlineList, DeadlineScope, DeadlineSummary } from '../../api/types';

export const deadlineKeys = {
  all: ['deadlines'] as const,
  list: (scope: DeadlineScope, state: DeadlineList, pupilId = '') =>
    ['deadlines', 'list', scope, state, pupilId] as const,
  summary: (scope: DeadlineScope) => ['deadlines', 'summary', scope] as const,
};

export const deadlinePath = (id: string) => `/api/deadlines/${encodeURIComponent(id)}`;

/** Soonest due first (the server's order); one child's when `pupilId` is given. */
export function useDeadlines(scope: DeadlineScope, state: DeadlineList, pupilId?: string) {
  return useQuery({
    queryKey: deadlineKeys.list(scope, state, pupilId),
    queryFn: () => api.get<Deadline[]>(withQuery('/api/deadlines', { scope, state, pupilId })),
    staleTime: 0,
  });
}

/** Open and overdue counts, for the home page. */
export function useDeadlineSummary(scope: DeadlineScope, enabled: boolean) {
  return useQuery({
    queryKey: deadlineKeys.summary(scope),
    queryFn: () => api.get<DeadlineSummary>(withQuery('/api/deadlines/summary', { scope })),
    enabled,
    staleTime: 0,
  });
}
