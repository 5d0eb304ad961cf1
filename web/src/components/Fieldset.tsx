import type { ReactNode } from 'react';
import { ErrorMessage, describedBy } from './ErrorMessage';

interface Props {
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** A govuk form group + fieldset with legend, hint and inline error, for grouped inputs. */
export function Fieldset({ id, legend, legendClassName, hint, error, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend
          className={`govuk-fieldset__legend ${legendClassName ?? 'govuk-fieldset__legend--s'}`}
        >
          {legend}
        </legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={`${id}-error`} message={error} />
        {children}
      </fieldset>
    </div>
  );
}
