import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { CmeEntry, PupilMatch } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { OnePupilPicker } from '../referrals/OnePupilPicker';

const FIELDS = ['pupilId', 'reason', 'lastSeenOn'];
const idFor = (key: string) => (key === 'pupilId' ? 'pupil-search' : `cme-${key}`);

/** Adds a child whose whereabouts are unknown to the register (D10). */
export function CmeOpenForm({ onDone }: { onDone: (entry: CmeEntry) => void }) {
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [pupil, setPupil] = useState<PupilMatch | null>(null);
  const [reason, setReason] = useState('');
  const [lastSeenOn, setLastSeenOn] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!pupil) errors.pupilId = 'Choose the child';
    if (!reason.trim()) errors.reason = 'Say why the child’s whereabouts are unknown';
    if (!lastSeenOn) errors.lastSeenOn = 'Enter the day the child was last seen';
    if (form.show(errors) || !pupil) return;
    setBusy(true);
    try {
      const { data } = await api.post<CmeEntry>('/api/cme', {
        pupilId: pupil.id,
        reason: reason.trim(),
        lastSeenOn,
      });
      setPupil(null);
      setReason('');
      setLastSeenOn('');
      onDone(data);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <OnePupilPicker chosen={pupil} onChoose={setPupil} error={form.errors.pupilId} />
      <TextArea
        id={idFor('reason')}
        label="Why are their whereabouts unknown?"
        hint="What the school knows and has tried so far"
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
        rows={4}
      />
      <TextInput
        id={idFor('lastSeenOn')}
        label="Last seen"
        type="date"
        value={lastSeenOn}
        onChange={setLastSeenOn}
        error={form.errors.lastSeenOn}
        widthClass="govuk-input--width-10"
      />
      <button type="submit" className="govuk-button">
        Add to the register
      </button>
    </form>
  );
}
