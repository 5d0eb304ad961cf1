import type { QueryClient } from '@tanstack/react-query';
import { api } from './api/client';
import { meKey } from './api/queries';
import type { Me } from './api/types';

/** Why the sign-in page was shown, for its message. */
export type SignInNotice = 'signed-out' | 'idle';

export interface SignInState {
  notice?: SignInNotice;
}

type Go = (to: string, options: { replace?: boolean; state?: SignInState }) => unknown;

/**
 * Leaves the signed-in part of Haven: go to the sign-in page first (so pages stop asking the
 * server for data), then drop every cached answer, and find out afresh who (if anyone) is signed in.
 */
export async function leaveSession(
  queryClient: QueryClient,
  go: Go,
  notice: SignInNotice | undefined,
): Promise<void> {
  await queryClient.cancelQueries();
  await go('/sign-in', { replace: true, state: notice ? { notice } : {} });
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  await queryClient.resetQueries({ queryKey: meKey });
}

/** Where someone with a half-finished sign-in should go next. */
export function pathForStage(stage: Me['stage']): string {
  if (stage === 'mfa_enrol') return '/mfa/enrol';
  if (stage === 'mfa') return '/mfa';
  return '/';
}

export async function refreshMe(queryClient: QueryClient): Promise<Me> {
  const response = await queryClient.fetchQuery({
    queryKey: meKey,
    queryFn: () => api.get<Me>('/api/me', { quietAuth: true }),
    staleTime: 0,
  });
  return response.data;
}
