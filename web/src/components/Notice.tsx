import { useEffect, useRef } from 'react';

interface Props {
  /** Changes each time something new is confirmed, so focus moves to the notice again. */
  noticeKey: number;
  text: string | undefined;
  error?: boolean;
}

/**
 * A confirmation (or failure) after an action on a page whose button may have gone away (for
 * example "Acknowledge"): it takes focus, so keyboard and screen reader users are not lost.
 */
export function Notice({ noticeKey, text, error }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (noticeKey > 0) ref.current?.focus();
  }, [noticeKey]);
  if (!text) return null;
  return (
    <div
      className={`govuk-notification-banner${error ? '' : ' govuk-notification-banner--success'}`}
      role={error ? 'alert' : 'status'}
      aria-labelledby="notice-title"
      tabIndex={-1}
      ref={ref}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notice-title">
          {error ? 'There is a problem' : 'Done'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}
