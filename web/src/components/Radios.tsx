import type { ReactNode } from 'react';
import type { Option } from '../lib/yearGroups';
import { Fieldset } from './Fieldset';

export interface RadioOption extends Option {
  hint?: string;
}

interface Props {
  /** Also the id of the first radio, so the error summary can link to it. */
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}

export function Radios(props: Props) {
  const { id, legend, hint, error, options, value, onChange, inline, small } = props;
  const classes = [
    'govuk-radios',
    inline ? 'govuk-radios--inline' : '',
    small ? 'govuk-radios--small' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Fieldset
      id={id}
      legend={legend}
      legendClassName={props.legendClassName}
      hint={hint}
      error={error}
    >
      <div className={classes}>
        {options.map((option, index) => {
          const itemId = index === 0 ? id : `${id}-${String(index + 1)}`;
          const hintId = option.hint ? `${itemId}-item-hint` : undefined;
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
                aria-describedby={hintId}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                {option.label}
              </label>
              {option.hint ? (
                <div id={hintId} className="govuk-hint govuk-radios__hint">
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
