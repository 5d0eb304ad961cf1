import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Agency, AgencyPatch } from '../../api/types';
import { referralKeys } from '../referrals/queries';

export const agencyKeys = { all: ['agencies'] as const };

export const agencyPath = (code: string) => `/api/agencies/${encodeURIComponent(code)}`;

/** Longest name the server takes. */
export const AGENCY_LABEL_MAX = 120;

export function useAgencies() {
  return useQuery({
    queryKey: agencyKeys.all,
    queryFn: () => api.get<Agency[]>('/api/agencies'),
    staleTime: 0,
  });
}

/** Sends a change, then refreshes the list and the referral forms' choices, which follow it. */
export function useAgencyChange() {
  const queryClient = useQueryClient();
  return async (send: () => Promise<unknown>): Promise<void> => {
    await send();
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: agencyKeys.all }),
      queryClient.invalidateQueries({ queryKey: referralKeys.options }),
    ]);
  };
}

export const addAgency = (label: string) => api.post<Agency>('/api/agencies', { label });

export const patchAgency = (code: string, patch: AgencyPatch) =>
  api.patch<Agency>(agencyPath(code), patch);

/** An id for the page's elements from an agency's code (which may hold any character). */
export const agencyDomId = (code: string) => code.replace(/[^A-Za-z0-9_-]/g, '-');

/** The message for a name that is empty, too long or already on the list; undefined if fine. */
export function labelProblem(
  label: string,
  agencies: readonly Agency[],
  ignoreCode?: string,
): string | undefined {
  const name = label.trim();
  if (!name) return 'Enter the agency’s name';
  if (name.length > AGENCY_LABEL_MAX) {
    return `The name must be ${String(AGENCY_LABEL_MAX)} characters or fewer`;
  }
  const same = agencies.find(
    (a) => a.code !== ignoreCode && a.label.trim().toLowerCase() === name.toLowerCase(),
  );
  if (same) return `There is already an agency called “${same.label}”`;
  return undefined;
}
