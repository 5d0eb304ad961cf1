import type { HTMLAttributes, ReactNode } from 'react';
import { ErrorMessage, describedBy } from './ErrorMessage';

interface Props {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'tel' | 'date' | 'time';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  widthClass?: string;
  labelClassName?: string;
  autoCapitalize?: string;
}

export function TextInput(props: Props) {
  const { id, label, hint, error, value, onChange, type = 'text', widthClass } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const inputClass = ['govuk-input', widthClass, error ? 'govuk-input--error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label ${props.labelClassName ?? ''}`.trim()} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        className={inputClass}
        id={id}
        name={props.name ?? id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        autoCapitalize={props.autoCapitalize}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
