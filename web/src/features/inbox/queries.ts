import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { InboxItem } from '../../api/types';
import { concernKeys } from '../concerns/queries';

/**
 * Concerns whatever their status whose recorder asked for reconsideration and is waiting for the
 * answer (D19). Always fetched, so the inbox names how many wait wherever the DSL is looking.
 */
export function useAwaitingAnswer() {
  return useQuery({
    // No status is called this, so the key is the list's own.
    queryKey: concernKeys.inbox('reconsideration'),
    queryFn: async () =>
      (await api.get<InboxItem[]>(withQuery('/api/concerns', { reconsideration: 'open' }))).data,
    staleTime: 0,
  });
}
