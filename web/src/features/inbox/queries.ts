import { useQuery } from '@tanstack/react-query';
import type { InboxRow } from '../../api/types';
import { concernKeys, inboxRequest } from '../concerns/queries';

/**
 * Concerns whatever their status whose recorder asked for reconsideration and is waiting for the
 * answer (D19). Always fetched, so the inbox names how many wait wherever the DSL is looking; the
 * number is the server's, so it stays right even if more wait than one list holds, and whatever
 * `q` searches for (on the server, as the inbox's other lists do).
 */
export function useAwaitingAnswer(q = '') {
  return useQuery({
    // No status is called this, so the key is the list's own.
    queryKey: [...concernKeys.inbox('reconsideration'), q] as const,
    queryFn: async () => {
      const { data, meta } = await inboxRequest<InboxRow[]>(
        { reconsideration: 'open', limit: 200 },
        q,
      );
      const total = typeof meta.awaitingAnswer === 'number' ? meta.awaitingAnswer : data.length;
      return { items: data, total };
    },
    staleTime: 0,
  });
}
