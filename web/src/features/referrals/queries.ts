import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { Disclosure, Meeting, Referral, ReferralOptions } from '../../api/types';
import { concernKeys } from '../concerns/queries';
import { deadlineKeys } from '../deadlines/queries';
import { fileKeys } from '../files/queries';

/** Scoped by pupil or by concern; ids only (never names) in the keys and the addresses. */
export interface Links {
  pupilId?: string;
  concernId?: string;
}

export const referralKeys = {
  all: ['referrals'] as const,
  options: ['referral-options'] as const,
  list: (links: Links) =>
    ['referrals', 'list', links.pupilId ?? '', links.concernId ?? ''] as const,
  disclosures: (links: Links) =>
    ['referrals', 'disclosures', links.pupilId ?? '', links.concernId ?? ''] as const,
  meetings: (pupilId: string) => ['referrals', 'meetings', pupilId] as const,
};

export const referralPath = (id: string) => `/api/referrals/${encodeURIComponent(id)}`;

/** The lists the forms choose from; they change only with a new version of Haven. */
export function useReferralOptions(enabled = true) {
  return useQuery({
    queryKey: referralKeys.options,
    queryFn: () => api.get<ReferralOptions>('/api/referrals/options'),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useReferrals(links: Links, enabled = true) {
  return useQuery({
    queryKey: referralKeys.list(links),
    queryFn: () => api.get<Referral[]>(withQuery('/api/referrals', { ...links })),
    enabled,
    staleTime: 0,
  });
}

export function useDisclosures(links: Links, enabled = true) {
  return useQuery({
    queryKey: referralKeys.disclosures(links),
    queryFn: () => api.get<Disclosure[]>(withQuery('/api/disclosures', { ...links })),
    enabled,
    staleTime: 0,
  });
}

export function useMeetings(pupilId: string, enabled = true) {
  return useQuery({
    queryKey: referralKeys.meetings(pupilId),
    queryFn: () => api.get<Meeting[]>(withQuery('/api/meetings', { pupilId })),
    enabled,
    staleTime: 0,
  });
}

/**
 * Posts a step, then refreshes everything it can change: referrals, the child's chronology, the
 * deadlines it starts or meets, and the concern.
 */
export function useReferralPost() {
  const queryClient = useQueryClient();
  return async <T>(path: string, body: unknown): Promise<T> => {
    const { data } = await api.post<T>(path, body);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: referralKeys.all }),
      queryClient.invalidateQueries({ queryKey: fileKeys.all }),
      queryClient.invalidateQueries({ queryKey: deadlineKeys.all }),
      queryClient.invalidateQueries({ queryKey: concernKeys.all }),
    ]);
    return data;
  };
}
