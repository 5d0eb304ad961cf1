import { useState, type FormEvent } from 'react';
import type { AllegationCase, ThresholdDecision } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { SummaryList } from '../../components/SummaryList';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { formatDateTimeShort } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { THRESHOLDS } from './labels';
import { useCaseAction } from './queries';

const FIELDS = ['decision', 'rationale'];
const idFor = (key: string) => `threshold-${key}`;

interface Props {
  c: AllegationCase;
  canManage: boolean;
  onResult: (text: string) => void;
}

function ThresholdForm({ c, onResult }: { c: AllegationCase; onResult: (text: string) => void }) {
  const act = useCaseAction(c.id);
  const form = useFormErrors();
  const [decision, setDecision] = useState<ThresholdDecision | ''>('');
  const [rationale, setRationale] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!decision) errors.decision = 'Select whether it meets the harm threshold';
    if (!rationale.trim()) errors.rationale = 'Enter why you made this decision';
    if (form.show(errors) || !decision) return;
    setBusy(true);
    try {
      await act('/threshold', { decision, rationale: rationale.trim() });
      onResult(
        decision === 'allegation'
          ? 'Decision recorded: it is an allegation. Tell the LADO within one working day.'
          : 'Decision recorded: it is a low-level concern.',
      );
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <Radios
        id={idFor('decision')}
        legend="Does it meet the harm threshold?"
        hint="If you are not sure, ring the LADO for advice before you decide."
        options={THRESHOLDS}
        value={decision}
        onChange={(v) => setDecision(v as ThresholdDecision)}
        error={form.errors.decision}
        small
      />
      <TextArea
        id={idFor('rationale')}
        label="Why? (your rationale)"
        hint="What you took into account, and anyone you asked for advice."
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

/** The case manager's decision: an allegation (harm threshold met) or a low-level concern. */
export function ThresholdSection({ c, canManage, onResult }: Props) {
  const t = c.threshold;
  return (
    <section aria-labelledby="threshold-heading">
      <h2 className="govuk-heading-m" id="threshold-heading">
        Threshold decision
      </h2>
      {t ? (
        <div data-testid="allegation-threshold">
          <SummaryList
            rows={[
              {
                key: 'decision',
                label: 'Decision',
                value:
                  t.decision === 'allegation'
                    ? 'Allegation: it meets the harm threshold'
                    : 'Low-level concern: it does not meet the harm threshold',
              },
              {
                key: 'rationale',
                label: 'Why',
                value: <span className="haven-pre-wrap haven-break">{t.rationale}</span>,
              },
              {
                key: 'by',
                label: 'Decided by',
                value: `${t.by.fullName}, ${formatDateTimeShort(t.at)}`,
              },
            ]}
          />
        </div>
      ) : canManage && c.stage === 'awaiting_decision' ? (
        <ThresholdForm c={c} onResult={onResult} />
      ) : (
        <p className="govuk-body">The case manager has not decided yet.</p>
      )}
    </section>
  );
}
