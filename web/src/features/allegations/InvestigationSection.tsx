import { useState, type FormEvent } from 'react';
import type { AllegationCase, CaseEntryInput, InvestigationStepKind } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { InsetText } from '../../components/InsetText';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from '../referrals/DateTimeFields';
import { nowPrefill, stepInstant } from './when';
import { STEP_KINDS, stepKindLabel } from './labels';
import { useCaseAction } from './queries';

const FIELDS = ['step', 'at', 'text'];
const idFor = (key: string) => (key === 'at' ? 'step-at-date' : `step-${key}`);

export const LOCKED_TEXT = 'Investigation is locked until contact with the LADO is recorded';

interface Props {
  c: AllegationCase;
  canWrite: boolean;
  onResult: (text: string) => void;
}

function StepForm({ c, onResult }: { c: AllegationCase; onResult: (text: string) => void }) {
  const act = useCaseAction(c.id);
  const form = useFormErrors();
  const [step, setStep] = useState<InvestigationStepKind | ''>('');
  const [prefilled, setPrefilled] = useState(() => nowPrefill(londonParts()));
  const [when, setWhen] = useState<DateTime>(prefilled.value);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!step) errors.step = 'Choose the kind of step';
    const at = stepInstant(when, 'of the step', prefilled);
    if (at.error) errors.at = at.error;
    if (!text.trim()) errors.text = 'Enter what was done and what was found';
    if (form.show(errors) || !step || !at.at) return;
    setBusy(true);
    try {
      const input: CaseEntryInput = { kind: 'investigation', step, at: at.at, text: text.trim() };
      await act('/entries', input);
      setStep('');
      setText('');
      const next = nowPrefill(londonParts());
      setPrefilled(next);
      setWhen(next.value);
      onResult(`${stepKindLabel(step)} added to the chronology`);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <h3 className="govuk-heading-s">Add an investigation step</h3>
      <SelectInput
        id={idFor('step')}
        label="What kind of step?"
        value={step}
        onChange={(v) => setStep(v as InvestigationStepKind)}
        options={STEP_KINDS}
        emptyLabel="Choose a step"
        error={form.errors.step}
      />
      <DateTimeFields
        id="step-at"
        legend="When?"
        hint="UK time. We have put in now: change it if it was earlier."
        value={when}
        onChange={setWhen}
        error={form.errors.at}
      />
      <TextArea
        id={idFor('text')}
        label="What was done, and what was found?"
        hint="Who was spoken to, what they said, and what was decided."
        value={text}
        onChange={setText}
        error={form.errors.text}
        rows={5}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add step
      </button>
    </form>
  );
}

/** Interviews, statements and the rest: locked on an allegation until the LADO is told (D42). */
export function InvestigationSection({ c, canWrite, onResult }: Props) {
  if (c.stage === 'awaiting_decision') return null;
  return (
    <section aria-labelledby="investigation-heading" data-testid="investigation">
      <h2 className="govuk-heading-m" id="investigation-heading">
        {c.threshold?.decision === 'low_level' ? 'What has been done' : 'Investigation'}
      </h2>
      {!c.investigationUnlocked ? (
        <InsetText>
          <p className="govuk-body govuk-!-font-weight-bold" data-testid="investigation-locked">
            {LOCKED_TEXT}.
          </p>
          <p className="govuk-body govuk-!-margin-bottom-0">
            Do not interview anyone, take statements or speak to the person it is about until you
            have spoken to the LADO and followed their advice.
          </p>
        </InsetText>
      ) : canWrite && c.stage !== 'closed' ? (
        <StepForm c={c} onResult={onResult} />
      ) : (
        <p className="govuk-body">Steps taken are in the chronology below.</p>
      )}
    </section>
  );
}
