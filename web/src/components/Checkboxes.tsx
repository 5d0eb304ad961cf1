import type { ReactNode } from 'react';
import type { Option } from '../lib/yearGroups';
import { Fieldset } from './Fieldset';

interface Props {
  /** Also the id of the first checkbox, so the error summary can link to it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
  values: string[];
  onChange: (values: string[]) => void;
  small?: boolean;
}

export function Checkboxes({ id, legend, hint, error, options, values, onChange, small }: Props) {
  function toggle(value: string, checked: boolean) {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the order of the options, whatever order they were ticked in.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  }
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
        {options.map((option, index) => {
          const itemId = index === 0 ? id : `${id}-${String(index + 1)}`;
          return (
            <div className="govuk-checkboxes__item" key={option.value}>
              <input
                className="govuk-checkboxes__input"
                id={itemId}
                name={id}
                type="checkbox"
                value={option.value}
                checked={values.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
