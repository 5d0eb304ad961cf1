import { Link } from 'react-router';
import { NotificationBanner } from '../../components/NotificationBanner';
import { ukDate } from './format';
import { useConduct } from './queries';

/**
 * Home page, for anyone who has not acknowledged the current version of the code of conduct
 * (D48): it stays until they have. Nothing when there is no code yet or it is acknowledged.
 */
export function ConductReminder() {
  const conduct = useConduct();
  const status = conduct.data?.data;
  if (!status?.current || status.acknowledgedAt) return null;
  const { current } = status;
  return (
    <div data-testid="conduct-reminder">
      <NotificationBanner heading="Please read and acknowledge the code of conduct">
        <p className="govuk-body">
          {current.version > 1
            ? `The code of conduct has changed: version ${String(current.version)} was published on ${ukDate(current.publishedAt)}.`
            : `It was published on ${ukDate(current.publishedAt)}.`}{' '}
          It sets out the boundaries of appropriate behaviour with children.
        </p>
        <p className="govuk-body">
          <Link to="/conduct" className="govuk-notification-banner__link">
            Read the code of conduct
          </Link>
        </p>
      </NotificationBanner>
    </div>
  );
}
