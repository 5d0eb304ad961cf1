import { useState, type FormEvent } from 'react';
import type { LevelsOfNeed } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { OUTCOMES } from '../concerns/labels';
import { useConcernAction } from './useConcernAction';

interface Props {
  concernId: string;
  levels: LevelsOfNeed | undefined;
  onResult: (text: string) => void;
}

const FIELDS = ['outcome', 'levelOfNeed', 'rationale'];
const idFor = (key: string) => `decision-${key}`;

export function DecisionForm({ concernId, levels, onResult }: Props) {
  const act = useConcernAction(concernId);
  const form = useFormErrors();
  const [outcome, setOutcome] = useState('');
  const [levelOfNeed, setLevel] = useState('');
  const [rationale, setRationale] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormErrors = {};
    if (!outcome) errors.outcome = 'Select the outcome';
    if (!levelOfNeed) errors.levelOfNeed = 'Select the level of need';
    if (!rationale.trim()) errors.rationale = 'Enter why you made this decision';
    if (form.show(errors)) return;
    try {
      await act('/decision', { outcome, levelOfNeed, rationale: rationale.trim() });
      setOutcome('');
      setLevel('');
      setRationale('');
      onResult('Decision recorded');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <h3 className="govuk-heading-s">Record a decision</h3>
      <Radios
        id={idFor('outcome')}
        legend="Outcome"
        options={OUTCOMES}
        value={outcome}
        onChange={setOutcome}
        error={form.errors.outcome}
        small
      />
      <Radios
        id={idFor('levelOfNeed')}
        legend={levels ? `Level of need (${levels.model})` : 'Level of need'}
        options={(levels?.levels ?? [])
          .filter((l) => l.active)
          .map((l) => ({
            value: l.code,
            label: l.label,
            hint: l.description,
          }))}
        value={levelOfNeed}
        onChange={setLevel}
        error={form.errors.levelOfNeed}
        small
      />
      <TextArea
        id={idFor('rationale')}
        label="Why? (your rationale)"
        hint="Record your reasons, and who you spoke to."
        value={rationale}
        onChange={setRationale}
        error={form.errors.rationale}
        rows={4}
      />
      <button type="submit" className="govuk-button">
        Record decision
      </button>
    </form>
  );
}
