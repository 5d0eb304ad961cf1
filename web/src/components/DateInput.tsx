import type { ReactNode } from 'react';
import { Fieldset } from './Fieldset';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

interface Props {
  /** Inputs get ids `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const PARTS = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
] as const;

export function DateInput({ id, legend, hint, error, value, onChange }: Props) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="govuk-date-input" id={id}>
        {PARTS.map((part) => {
          const inputId = `${id}-${part.key}`;
          return (
            <div className="govuk-date-input__item" key={part.key}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                  {part.label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${String(part.width)}${error ? ' govuk-input--error' : ''}`}
                  id={inputId}
                  name={inputId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[part.key]}
                  onChange={(e) => onChange({ ...value, [part.key]: e.target.value })}
                />
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
