import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Me, School } from './types';

export const meKey = ['me'] as const;

/**
 * Who is signed in. Asked quietly: a 401 here is an answer ("nobody"), not an event that
 * should throw the user to the sign-in page; pages that need a session redirect themselves.
 */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: () => api.get<Me>('/api/me', { quietAuth: true }),
    staleTime: 60_000,
  });
}

export function useSchool(enabled = true) {
  return useQuery({
    queryKey: ['school'],
    queryFn: () => api.get<School>('/api/school'),
    enabled,
  });
}
