import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type {
  AllegationCase,
  AllegationPattern,
  AllegationReceipt,
  AllegationSummary,
  CaseActivity,
  Colleague,
  RaiseAllegationInput,
} from '../../api/types';
import { deadlineKeys } from '../deadlines/queries';
import { notificationKeys } from '../notifications/queries';

export type AllegationView = 'open' | 'closed';

/** Ids only in keys and addresses: never a name or anything said about anyone. */
export const allegationKeys = {
  all: ['allegations'] as const,
  people: ['allegations', 'people'] as const,
  list: (view: AllegationView) => ['allegations', 'list', view] as const,
  patterns: ['allegations', 'patterns'] as const,
  one: (id: string) => ['allegations', 'case', id] as const,
  activity: (id: string) => ['allegations', 'case', id, 'activity'] as const,
};

export const allegationPath = (id: string) => `/api/allegations/${encodeURIComponent(id)}`;
export const casePagePath = (id: string) => `/allegations/${encodeURIComponent(id)}`;

/** Active staff a concern can be about, or who can be added to a case. */
export function useColleagues(enabled = true) {
  return useQuery({
    queryKey: allegationKeys.people,
    queryFn: () => api.get<Colleague[]>('/api/allegations/people'),
    enabled,
    staleTime: 60_000,
  });
}

/** Cases the signed-in person manages or has been added to (empty for everyone else). */
export function useAllegations(view: AllegationView) {
  return useQuery({
    queryKey: allegationKeys.list(view),
    queryFn: () => api.get<AllegationSummary[]>(withQuery('/api/allegations', { view })),
    staleTime: 0,
  });
}

export function usePatterns() {
  return useQuery({
    queryKey: allegationKeys.patterns,
    queryFn: () => api.get<AllegationPattern[]>('/api/allegations/patterns'),
    staleTime: 0,
  });
}

export function useAllegation(id: string) {
  return useQuery({
    queryKey: allegationKeys.one(id),
    queryFn: () => api.get<AllegationCase>(allegationPath(id)),
    staleTime: 0,
    retry: false,
  });
}

export function useCaseActivity(id: string, enabled: boolean) {
  return useQuery({
    queryKey: allegationKeys.activity(id),
    queryFn: () => api.get<CaseActivity[]>(`${allegationPath(id)}/activity`),
    enabled,
    staleTime: 0,
  });
}

export const raiseAllegation = (input: RaiseAllegationInput) =>
  api.post<AllegationReceipt>('/api/allegations', input);

/**
 * Posts one step of a case (`/threshold`, `/lado`, `/entries`, `/members`, `/outcome`). The answer
 * is the case as it now is; the lists, its activity, deadlines and alerts are asked for again.
 */
export function useCaseAction(id: string) {
  const queryClient = useQueryClient();
  return async (suffix: string, body: unknown): Promise<AllegationCase> => {
    const response = await api.post<AllegationCase>(`${allegationPath(id)}${suffix}`, body);
    queryClient.setQueryData(allegationKeys.one(id), response);
    await Promise.all([
      queryClient.invalidateQueries({
        queryKey: allegationKeys.all,
        predicate: (q) => !(q.queryKey[1] === 'case' && q.queryKey.length === 3),
      }),
      queryClient.invalidateQueries({ queryKey: deadlineKeys.all }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    ]);
    return response.data;
  };
}
