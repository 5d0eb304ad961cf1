import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OutboxEmail } from '../../api/types';

export const outboxKey = ['outbox'] as const;

/** Emails Haven would have sent. The server answers 404 when mail goes through SMTP. */
export function useOutbox() {
  return useQuery({
    queryKey: outboxKey,
    queryFn: () => api.get<OutboxEmail[]>('/api/dev/outbox'),
    staleTime: 0,
  });
}
