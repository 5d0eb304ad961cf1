import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Notifications } from '../../api/types';
import { notificationKeys } from './queries';

/**
 * Listens to the server's unread count (server-sent events) and refreshes the notifications as
 * soon as it changes, so a new concern shows within seconds. Polling stays as the fallback when
 * the stream cannot connect. The stream carries only a number: no child details.
 */
export function useNotificationStream(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/notifications/stream');
    const refresh = (event: MessageEvent<string>) => {
      const { unread } = JSON.parse(event.data) as { unread: number };
      const cached = queryClient.getQueryData<Notifications>(notificationKeys.all);
      // The first event repeats what the page already knows: only a change is worth a request.
      if (cached?.unread === unread) return;
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    };
    source.addEventListener('unread', refresh);
    source.addEventListener('signed-out', () => source.close());
    return () => source.close();
  }, [queryClient]);
}
