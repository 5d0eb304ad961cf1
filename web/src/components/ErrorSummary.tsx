import { useEffect, useRef, type MouseEvent } from 'react';
import { FORM_ERROR, defaultFieldId, type FormErrors } from '../lib/formErrors';

interface Props {
  errors: FormErrors;
  /** Changes on every submit, so focus moves to the summary after each failed attempt. */
  focusKey: number;
  idFor?: (key: string) => string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  const legendOrLabel =
    target.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legendOrLabel ?? target).scrollIntoView({ block: 'start' });
}

export function ErrorSummary({ errors, focusKey, idFor = defaultFieldId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const count = entries.length;

  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [focusKey, count]);

  if (count === 0) return null;
  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {entries.map(([key, message]) =>
              key === FORM_ERROR ? (
                <li key={key}>{message}</li>
              ) : (
                <li key={key}>
                  <a href={`#${idFor(key)}`} onClick={(e) => focusField(e, idFor(key))}>
                    {message}
                  </a>
                </li>
              ),
            )}
          </ul>
        </div>
      </div>
    </div>
  );
}
