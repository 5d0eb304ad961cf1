import { Radios } from '../../components/Radios';
import type { YesNo } from './concernForm';
import { ContactsList } from './ContactsList';
import { YES_NO } from './labels';
import { useSchoolNumbers } from './queries';
import { numbersAfter999 } from './urgentNumbers';

interface Props {
  value: YesNo;
  error?: string;
  onChange: (value: YesNo) => void;
}

/** D17: the moment someone says "yes", tell them what to do now, before they finish writing. */
export function ImmediateRisk({ value, error, onChange }: Props) {
  // Asked for when the form opens, not on "yes", so the school's numbers are normally there
  // before the alert appears; arriving later they change the alert, which is then read again.
  const school = useSchoolNumbers();
  const { numbers, builtIn } = numbersAfter999(school.data);
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
            Call the police on <a href="tel:999">999</a> now if a child is in immediate danger.
            {numbers.length ? ' Then call:' : null}
          </p>
          {numbers.length ? (
            <ContactsList contacts={numbers.map((c) => ({ name: c.label, phone: c.phone }))} />
          ) : null}
          {builtIn ? (
            // One wording for "still loading" and "failed", so the alert is not re-read in between.
            <p className="govuk-body" data-testid="urgent-built-in">
              Your school’s own numbers have not loaded, so these are Haven’s built-in numbers, for
              Essex. Outside Essex, call your council’s children’s social care instead of the Hub.
            </p>
          ) : null}
          <p className="govuk-body govuk-!-margin-bottom-0">
            When you send this concern, the DSL will get an urgent alert straight away. Finish
            recording after you have made the calls.
          </p>
        </div>
      ) : null}
    </>
  );
}
