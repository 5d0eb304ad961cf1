import { useState, type FormEvent } from 'react';
import type { AllegationCase, CaseOutcome, OutcomeInput } from '../../api/types';
import { DateInput, type DateParts } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { formatDate, formatDateTimeShort, londonToday, toIsoDate } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { ukDate } from '../conduct/format';
import { NEEDS_DATE_OF_BIRTH, OUTCOMES, outcomeLabel } from './labels';
import { useCaseAction } from './queries';

const FIELDS = ['outcome', 'rationale', 'subjectDateOfBirth'];
const idFor = (key: string) =>
  key === 'subjectDateOfBirth' ? 'outcome-dob-day' : `outcome-${key}`;
const NO_DATE: DateParts = { day: '', month: '', year: '' };

interface Props {
  c: AllegationCase;
  canManage: boolean;
  onResult: (text: string) => void;
}

function OutcomeForm({ c, onResult }: { c: AllegationCase; onResult: (text: string) => void }) {
  const act = useCaseAction(c.id);
  const form = useFormErrors();
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [rationale, setRationale] = useState('');
  const [dob, setDob] = useState<DateParts>(NO_DATE);
  const [busy, setBusy] = useState(false);
  const needsDob = outcome !== '' && NEEDS_DATE_OF_BIRTH.includes(outcome);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!outcome) errors.outcome = 'Select the outcome';
    if (!rationale.trim()) errors.rationale = 'Enter why you reached this outcome';
    let subjectDateOfBirth: string | null = null;
    if (needsDob) {
      const iso = toIsoDate(dob.day, dob.month, dob.year);
      if (!dob.day && !dob.month && !dob.year)
        errors.subjectDateOfBirth =
          'Enter their date of birth: the record is kept until they reach normal pension age';
      else if (!iso)
        errors.subjectDateOfBirth = 'Enter a real date of birth, for example 27 3 1980';
      else if (iso >= londonToday())
        errors.subjectDateOfBirth = 'Their date of birth must be in the past';
      else subjectDateOfBirth = iso;
    }
    if (form.show(errors) || !outcome) return;
    setBusy(true);
    try {
      const input: OutcomeInput = { outcome, rationale: rationale.trim(), subjectDateOfBirth };
      await act('/outcome', input);
      onResult(`Outcome recorded: ${outcomeLabel(outcome).toLowerCase()}. The case is closed.`);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <h3 className="govuk-heading-s">Record the outcome</h3>
      <Radios
        id={idFor('outcome')}
        legend="What was the outcome?"
        hint="Recording it closes the case."
        options={OUTCOMES}
        value={outcome}
        onChange={(v) => setOutcome(v as CaseOutcome)}
        error={form.errors.outcome}
        small
      />
      {needsDob ? (
        <DateInput
          id="outcome-dob"
          legend="Their date of birth"
          hint="This record is kept until they reach normal pension age, or for 10 years if that is longer. For example, 27 3 1980."
          value={dob}
          onChange={setDob}
          error={form.errors.subjectDateOfBirth}
        />
      ) : null}
      <TextArea
        id={idFor('rationale')}
        label="Why? (your rationale)"
        hint="The evidence, the LADO’s view, and any action taken, such as training or a referral to the DBS."
        value={rationale}
        onChange={setRationale}
        error={form.errors.rationale}
        rows={4}
      />
      <button type="submit" className="govuk-button">
        Record outcome and close the case
      </button>
    </form>
  );
}

/** The outcome, and once decided what happens to the record and to the personnel file. */
export function OutcomeSection({ c, canManage, onResult }: Props) {
  const o = c.outcome;
  const r = c.retention;
  const canRecord = canManage && !o && (c.stage === 'investigating' || c.stage === 'low_level');
  if (!o && !canRecord) return null;
  const rows: SummaryRow[] = [];
  if (o) {
    rows.push(
      { key: 'outcome', label: 'Outcome', value: o.label || outcomeLabel(o.outcome) },
      {
        key: 'rationale',
        label: 'Why',
        value: <span className="haven-pre-wrap haven-break">{o.rationale}</span>,
      },
      { key: 'by', label: 'Recorded by', value: `${o.by.fullName}, ${formatDateTimeShort(o.at)}` },
    );
  }
  if (r) {
    rows.push(
      { key: 'retention', label: 'Keeping the record', value: r.label },
      {
        key: 'retainUntil',
        label: 'Keep the case until',
        value: /^\d{4}-\d{2}-\d{2}$/.test(r.retainUntil)
          ? formatDate(r.retainUntil)
          : ukDate(r.retainUntil),
      },
      {
        key: 'personnelFile',
        label: 'Personnel file',
        value:
          r.personnelFile === 'keep'
            ? 'Keep a summary on their personnel file, and refer to it in references'
            : 'Do not keep it on their personnel file, or mention it in references',
      },
      { key: 'reference', label: 'Where this rule comes from', value: r.reference },
    );
  }
  return (
    <section aria-labelledby="outcome-heading">
      <h2 className="govuk-heading-m" id="outcome-heading">
        Outcome
      </h2>
      {o ? (
        <div data-testid="allegation-outcome">
          <SummaryList rows={rows} />
        </div>
      ) : (
        <OutcomeForm c={c} onResult={onResult} />
      )}
    </section>
  );
}
