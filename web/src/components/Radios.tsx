import type { ReactNode } from 'react';
import type { Option } from '../lib/yearGroups';
import { Fieldset } from './Fieldset';

interface Props {
  /** Also the id of the first radio, so the error summary can link to it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}

export function Radios({ id, legend, hint, error, options, value, onChange, inline }: Props) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
        {options.map((option, index) => {
          const itemId = index === 0 ? id : `${id}-${String(index + 1)}`;
          return (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                id={itemId}
                name={id}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
