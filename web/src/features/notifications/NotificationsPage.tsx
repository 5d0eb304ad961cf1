import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { HavenNotification } from '../../api/types';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { formatDateTimeShort } from '../../lib/dates';
import { NOTIFICATION_KINDS } from '../concerns/labels';
import { notificationKeys, useNotifications } from './queries';

const itemId = (n: HavenNotification) => `notification-${n.id}`;

/** Alerts that ask the person to act on the concern: they can open it, whatever their role. */
const TO_ACT = new Set<HavenNotification['kind']>([
  'new_concern',
  'urgent_concern',
  'escalation',
  'addendum',
]);

/** Where an alert leads: the concern about an adult, the child's concern, or the deadlines. */
function linkFor(n: HavenNotification, team: boolean): string | undefined {
  if (n.caseId) return `/allegations/${encodeURIComponent(n.caseId)}`;
  if (n.kind === 'allegation' || n.kind === 'allegation_pattern') return '/allegations';
  if (n.kind === 'reconsideration_answered') return '/concerns/mine';
  // Only the DSL team can open the concern; anyone else is told by the team what the action is.
  if (n.kind === 'concern_action')
    return team && n.concernId ? `/concerns/${encodeURIComponent(n.concernId)}` : undefined;
  if (n.concernId)
    return team || TO_ACT.has(n.kind)
      ? `/concerns/${encodeURIComponent(n.concernId)}`
      : '/concerns/mine';
  if (n.kind === 'attendance_la_notice' || n.kind === 'plan_absence') return '/attendance';
  if (n.kind === 'file_shared') return '/files/shared';
  if (n.deadlineId || n.kind === 'staff_referral') return '/deadlines';
  return undefined;
}

/** `/notifications`: what happened, never who it was about (no child details in any alert). */
export function NotificationsPage() {
  const queryClient = useQueryClient();
  const { allowedActions } = useSession();
  const notifications = useNotifications(true);
  usePageTitle('Notifications');
  const team = can(allowedActions, 'concern.triage');

  async function markRead(n: HavenNotification, focus: boolean) {
    await api.post(`/api/notifications/${encodeURIComponent(n.id)}/read`).catch(() => undefined);
    await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    if (focus) document.getElementById(itemId(n))?.focus();
  }

  if (notifications.isError) return <ProblemPage error={notifications.error} />;
  const data = notifications.data;
  return (
    <>
      <PageHeading>Notifications</PageHeading>
      {!data ? (
        <Loading what="notifications" />
      ) : data.items.length === 0 ? (
        <p className="govuk-body">You have no notifications.</p>
      ) : (
        <>
          <p className="govuk-body">
            {data.unread === 1 ? '1 unread' : `${String(data.unread)} unread`}
          </p>
          <ul className="govuk-list haven-notifications">
            {data.items.map((n) => {
              const to = linkFor(n, team);
              const kind = NOTIFICATION_KINDS[n.kind] ?? 'Notification';
              return (
                <li
                  key={n.id}
                  className={`haven-notification${n.readAt ? '' : ' haven-notification--unread'}`}
                >
                  <p className="govuk-body govuk-!-margin-bottom-1" id={itemId(n)} tabIndex={-1}>
                    <strong>{kind}</strong> {n.readAt ? null : <Tag colour="blue">New</Tag>}
                    <span className="haven-block haven-secondary-text">
                      {formatDateTimeShort(n.createdAt)}
                    </span>
                  </p>
                  <div className="haven-row-actions">
                    {to ? (
                      <Link
                        to={to}
                        className="govuk-link"
                        onClick={() => {
                          if (!n.readAt) void markRead(n, false);
                        }}
                      >
                        Open
                        <span className="govuk-visually-hidden">
                          {' '}
                          {kind.toLowerCase()}, {formatDateTimeShort(n.createdAt)}
                        </span>
                      </Link>
                    ) : null}
                    {n.readAt ? null : (
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary haven-button--compact"
                        onClick={() => void markRead(n, true)}
                      >
                        Mark as read
                        <span className="govuk-visually-hidden">
                          {' '}
                          ({kind.toLowerCase()}, {formatDateTimeShort(n.createdAt)})
                        </span>
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
