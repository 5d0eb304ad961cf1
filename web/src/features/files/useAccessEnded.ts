import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { SharedFile } from '../../api/types';
import { fileKeys } from './queries';

/** How often an open file page asks whether the access it was opened under still stands. */
const CHECK_MS = 30_000;

/**
 * Whether a colleague's access to this file has ended while the page was open: withdrawn by the
 * DSL team, their account disabled, or past its expiry. The file itself is not read again to find
 * out, since every read of a file is recorded for "who viewed"; the list of files shared with them
 * is asked instead, every half minute and whenever the window comes back into view.
 */
export function useAccessEnded(pupilId: string, grantee: boolean): boolean {
  const shared = useQuery({
    queryKey: fileKeys.shared,
    queryFn: () => api.get<SharedFile[]>('/api/files/shared-with-me'),
    enabled: grantee,
    staleTime: 0,
    refetchInterval: CHECK_MS,
    refetchOnWindowFocus: true,
  });
  const grant = shared.data?.data.find((g) => g.pupil.id === pupilId);
  const [now, setNow] = useState(() => Date.now());
  const expiresAt = grant ? Date.parse(grant.expiresAt) : null;
  useEffect(() => {
    if (expiresAt === null) return;
    // Timers fire early or not at all past about 24 days; the regular check covers the rest.
    const wait = Math.min(expiresAt - Date.now(), 2 ** 31 - 1);
    const timer = window.setTimeout(() => setNow(Date.now()), Math.max(0, wait) + 50);
    return () => window.clearTimeout(timer);
  }, [expiresAt]);
  if (!grantee) return false;
  // A failed check is not an ended grant: the next one will tell.
  if (shared.isError || !shared.data) return false;
  return !grant || (expiresAt !== null && expiresAt <= now);
}
