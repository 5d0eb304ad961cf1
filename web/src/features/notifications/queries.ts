import { useQuery } from '@tanstack/react-query';
import { api, type ApiResponse } from '../../api/client';
import type { HavenNotification, Notifications } from '../../api/types';

export const notificationKeys = { all: ['notifications'] as const };

/** The fallback when the live stream is down; the stream normally refreshes within seconds. */
const POLL_MS = 30_000;

/** The list answers `{ data: Notification[], unread }`; take either that or `{ items, unread }`. */
function toNotifications(
  response: ApiResponse<HavenNotification[] | Notifications>,
): Notifications {
  const { data, meta } = response;
  const items = Array.isArray(data) ? data : data.items;
  const unread = Array.isArray(data) ? meta.unread : data.unread;
  return {
    items,
    unread: typeof unread === 'number' ? unread : items.filter((n) => !n.readAt).length,
  };
}

/**
 * In-app notifications, pushed by the live stream and asked for every 30 seconds while the tab is visible (TanStack Query
 * stops interval refetches in a hidden tab). Polling is not user activity: it must not keep an
 * unattended session alive.
 */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: async () =>
      toNotifications(
        await api.get<HavenNotification[] | Notifications>('/api/notifications', {
          background: true,
        }),
      ),
    enabled,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
}
