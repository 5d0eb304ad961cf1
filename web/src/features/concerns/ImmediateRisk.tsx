import { Radios } from '../../components/Radios';
import type { YesNo } from './concernForm';
import { YES_NO } from './labels';

interface Props {
  value: YesNo;
  error?: string;
  onChange: (value: YesNo) => void;
}

export const HUB_PHONE = '0345 603 7627';

/** D17: the moment someone says "yes", tell them what to do now, before they finish writing. */
export function ImmediateRisk({ value, error, onChange }: Props) {
  return (
    <>
      <Radios
        id="immediateRisk"
        legend="Is the child at risk of immediate harm?"
        options={YES_NO}
        value={value}
        onChange={(v) => onChange(v as YesNo)}
        error={error}
        inline
      />
      {value === 'yes' ? (
        <div className="haven-urgent" role="alert" data-testid="urgent-panel">
          <p className="haven-urgent__lead">
            Call the police on <a href="tel:999">999</a> now if a child is in immediate danger. Then
            call the Children and Families Hub: <a href="tel:03456037627">{HUB_PHONE}</a>.
          </p>
          <p className="govuk-body govuk-!-margin-bottom-0">
            When you send this concern, the DSL will get an urgent alert straight away. Finish
            recording after you have made the calls.
          </p>
        </div>
      ) : null}
    </>
  );
}
