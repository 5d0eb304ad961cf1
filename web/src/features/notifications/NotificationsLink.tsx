import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { useNotifications } from './queries';
import { useNotificationStream } from './useNotificationStream';

/** Header link with the unread count; a polite live region says when new ones arrive. */
export function NotificationsLink() {
  const notifications = useNotifications(true);
  useNotificationStream();
  const unread = notifications.data?.unread;
  const previous = useRef<number | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (unread === undefined) return;
    const before = previous.current;
    previous.current = unread;
    if (before !== undefined && unread > before) {
      setAnnouncement(
        unread === 1
          ? 'You have 1 unread notification'
          : `You have ${String(unread)} unread notifications`,
      );
    }
  }, [unread]);

  const forbidden =
    notifications.error instanceof ApiError && notifications.error.code === 'FORBIDDEN';
  if (forbidden) return null;
  return (
    <>
      <Link to="/notifications" className="haven-header__link" data-testid="notifications-link">
        Notifications
        {unread ? (
          <span className="haven-badge" data-testid="unread-count">
            {unread}
            <span className="govuk-visually-hidden"> unread</span>
          </span>
        ) : null}
      </Link>
      <span className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </>
  );
}
