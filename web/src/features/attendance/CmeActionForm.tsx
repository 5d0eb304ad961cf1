import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from '../referrals/DateTimeFields';
import { pastInstant } from '../referrals/when';

const KINDS = [
  { value: 'call', label: 'Phone call' },
  { value: 'home_visit', label: 'Home visit' },
  { value: 'cme_referral', label: 'Referral to the missing education service' },
  { value: 'police', label: 'Police informed' },
  { value: 'other', label: 'Other action' },
];
const FIELDS = ['kind', 'at', 'doneBy', 'outcome'];
const idFor = (key: string) => (key === 'at' ? 'cme-action-at-date' : `cme-action-${key}`);

/** One step taken to find the child: what, when, by whom and what came of it. */
export function CmeActionForm({
  entryId,
  onDone,
}: {
  entryId: string;
  onDone: (t: string) => void;
}) {
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [kind, setKind] = useState('');
  const [when, setWhen] = useState<DateTime>(() => londonParts());
  const [doneBy, setDoneBy] = useState('');
  const [outcome, setOutcome] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!kind) errors.kind = 'Choose what was done';
    const at = pastInstant(when, 'it was done');
    if (at.error) errors.at = at.error;
    if (!outcome.trim()) errors.outcome = 'Say what happened';
    if (form.show(errors) || !at.at) return;
    setBusy(true);
    try {
      await api.post(`/api/cme/${encodeURIComponent(entryId)}/actions`, {
        kind,
        at: at.at,
        doneBy: doneBy.trim(),
        outcome: outcome.trim(),
      });
      setKind('');
      setOutcome('');
      onDone(`${KINDS.find((k) => k.value === kind)?.label ?? 'Action'} recorded`);
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
        id={idFor('kind')}
        legend="What was done?"
        options={KINDS}
        value={kind}
        onChange={setKind}
        error={form.errors.kind}
        small
      />
      <DateTimeFields
        id="cme-action-at"
        legend="When?"
        value={when}
        onChange={setWhen}
        error={form.errors.at}
      />
      <TextInput
        id={idFor('doneBy')}
        label="Who did it (optional)"
        hint="Leave empty if it was you"
        value={doneBy}
        onChange={setDoneBy}
        error={form.errors.doneBy}
      />
      <TextArea
        id={idFor('outcome')}
        label="What happened"
        value={outcome}
        onChange={setOutcome}
        error={form.errors.outcome}
        rows={3}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Record action
      </button>
    </form>
  );
}
