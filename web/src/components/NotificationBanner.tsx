import type { ReactNode } from 'react';

interface Props {
  title?: string;
  heading: ReactNode;
  children?: ReactNode;
  success?: boolean;
}

export function NotificationBanner({ title, heading, children, success }: Props) {
  const titleText = title ?? (success ? 'Success' : 'Important');
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-label={titleText}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title">{titleText}</h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
