import { Fieldset } from '../../components/Fieldset';

export interface DateTime {
  date: string;
  time: string;
}

interface Props {
  /** The date input is `${id}-date`, the time input `${id}-time` (errors link to the date). */
  id: string;
  legend: string;
  hint?: string;
  value: DateTime;
  error?: string;
  onChange: (value: DateTime) => void;
}

/** A date and a clock time in UK time, with ids of their own so several fit on one page. */
export function DateTimeFields({ id, legend, hint, value, error, onChange }: Props) {
  const inputClass = `govuk-input${error ? ' govuk-input--error' : ''}`;
  return (
    <Fieldset id={id} legend={legend} hint={hint ?? 'UK time'} error={error}>
      <div className="haven-when">
        <div className="govuk-form-group haven-when__item">
          <label className="govuk-label" htmlFor={`${id}-date`}>
            Date
          </label>
          <input
            className={`${inputClass} haven-when__date`}
            id={`${id}-date`}
            name={`${id}-date`}
            type="date"
            value={value.date}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange({ ...value, date: e.target.value })}
          />
        </div>
        <div className="govuk-form-group haven-when__item">
          <label className="govuk-label" htmlFor={`${id}-time`}>
            Time
          </label>
          <input
            className={`${inputClass} haven-when__time`}
            id={`${id}-time`}
            name={`${id}-time`}
            type="time"
            value={value.time}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange({ ...value, time: e.target.value })}
          />
        </div>
      </div>
    </Fieldset>
  );
}
