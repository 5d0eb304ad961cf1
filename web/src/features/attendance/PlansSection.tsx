import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { Details } from '../../components/Details';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { formatDate, londonToday } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { fileKeys } from '../files/queries';
import { attendanceKeys, usePlans } from './queries';

const KINDS = [
  { value: 'child_protection', label: 'Child protection plan' },
  { value: 'child_in_need', label: 'Child in need plan' },
];
const FIELDS = ['kind', 'startsOn', 'endsOn'];
const idFor = (key: string) => `plan-${key}`;

function PlanForm({ pupilId, onDone }: { pupilId: string; onDone: (t: string) => void }) {
  const form = useFormErrors();
  const [kind, setKind] = useState('');
  const [startsOn, setStartsOn] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormErrors = {};
    if (!kind) errors.kind = 'Choose the kind of plan';
    if (!startsOn) errors.startsOn = 'Enter the date the plan started';
    if (form.show(errors)) return;
    try {
      await api.post('/api/plans', { pupilId, kind, startsOn });
      setKind('');
      setStartsOn('');
      onDone('Plan recorded');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <Radios
        id={idFor('kind')}
        legend="Which plan?"
        hint="While it is open, any absence alerts the DSL team the same day"
        options={KINDS}
        value={kind}
        onChange={setKind}
        error={form.errors.kind}
        small
      />
      <TextInput
        id={idFor('startsOn')}
        label="Started on"
        type="date"
        value={startsOn}
        onChange={setStartsOn}
        error={form.errors.startsOn}
        widthClass="govuk-input--width-10"
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Record plan
      </button>
    </form>
  );
}

/** The child protection and child in need plans a child is on (D39), on their file. */
export function PlansSection({ pupilId }: { pupilId: string }) {
  const queryClient = useQueryClient();
  const plans = usePlans(pupilId, true);
  const [said, setSaid] = useState<string>();
  const done = async (text: string) => {
    await queryClient.invalidateQueries({ queryKey: attendanceKeys.plans(pupilId) });
    await queryClient.invalidateQueries({ queryKey: fileKeys.all });
    setSaid(text);
  };
  async function end(id: string) {
    await api.post(`/api/plans/${encodeURIComponent(id)}/end`, { endsOn: londonToday() });
    await done('Plan ended today');
  }
  const list = plans.data?.data ?? [];
  return (
    <section aria-labelledby="plans-heading">
      <h2 className="govuk-heading-m" id="plans-heading">
        Plans
      </h2>
      <SuccessMessage text={said} />
      {list.length === 0 ? (
        <p className="govuk-body">Not on a child protection or child in need plan.</p>
      ) : (
        <ul className="govuk-list" data-testid="plans">
          {list.map((p) => (
            <li key={p.id}>
              {p.kindLabel}: from {formatDate(p.startsOn)}
              {p.endsOn ? ` to ${formatDate(p.endsOn)}` : ' (open)'}{' '}
              {!p.endsOn ? (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary haven-button--compact"
                  onClick={() => void end(p.id)}
                >
                  End today<span className="govuk-visually-hidden"> ({p.kindLabel})</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Details summary="Record a plan">
        <PlanForm pupilId={pupilId} onDone={(t) => void done(t)} />
      </Details>
    </section>
  );
}
