import { Fieldset } from '../../components/Fieldset';

interface Props {
  legend?: string;
  hint?: string;
  date: string;
  time: string;
  error?: string;
  onChange: (patch: { incidentDate?: string; incidentTime?: string }) => void;
}

/** Date and time inputs (ids incidentDate / incidentTime), filled in with now by the caller. */
export function WhenFields({ legend, hint, date, time, error, onChange }: Props) {
  const inputClass = `govuk-input${error ? ' govuk-input--error' : ''}`;
  return (
    <Fieldset
      id="incidentAt"
      legend={legend ?? 'When did it happen?'}
      hint={hint ?? 'We have put in now. Change it if it happened earlier.'}
      error={error}
    >
      <div className="haven-when">
        <div className="govuk-form-group haven-when__item">
          <label className="govuk-label" htmlFor="incidentDate">
            Date
          </label>
          <input
            className={`${inputClass} haven-when__date`}
            id="incidentDate"
            name="incidentDate"
            type="date"
            value={date}
            onChange={(e) => onChange({ incidentDate: e.target.value })}
          />
        </div>
        <div className="govuk-form-group haven-when__item">
          <label className="govuk-label" htmlFor="incidentTime">
            Time
          </label>
          <input
            className={`${inputClass} haven-when__time`}
            id="incidentTime"
            name="incidentTime"
            type="time"
            value={time}
            onChange={(e) => onChange({ incidentTime: e.target.value })}
          />
        </div>
      </div>
    </Fieldset>
  );
}
