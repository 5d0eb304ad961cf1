import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ConductReport,
  ConductStatus,
  ConductVersion,
  ConductVersionInput,
} from '../../api/types';

export const conductKeys = {
  all: ['conduct'] as const,
  mine: ['conduct', 'mine'] as const,
  report: ['conduct', 'report'] as const,
};

/** Longest title and text the server takes. */
export const CONDUCT_TITLE_MAX = 200;
export const CONDUCT_BODY_MAX = 50_000;

/** The current version and whether the signed-in person has acknowledged it. */
export function useConduct(enabled = true) {
  return useQuery({
    queryKey: conductKeys.mine,
    queryFn: () => api.get<ConductStatus>('/api/conduct'),
    enabled,
    staleTime: 0,
  });
}

/** Who has acknowledged the current version (headteacher, school administrator, DSL). */
export function useConductReport() {
  return useQuery({
    queryKey: conductKeys.report,
    queryFn: () => api.get<ConductReport>('/api/conduct/report'),
    staleTime: 0,
  });
}

/** Sends a change, then refreshes everything about the code (the home panel follows it). */
export function useConductChange() {
  const queryClient = useQueryClient();
  return async <T>(send: () => Promise<T>): Promise<T> => {
    const result = await send();
    await queryClient.invalidateQueries({ queryKey: conductKeys.all });
    return result;
  };
}

export const acknowledgeConduct = (versionId: string) =>
  api.post<ConductStatus>('/api/conduct/acknowledge', { versionId });

export const publishConduct = (input: ConductVersionInput) =>
  api.post<ConductVersion>('/api/conduct', input);
