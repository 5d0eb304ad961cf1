import { useState, type FormEvent } from 'react';
import type { Meeting, ReferralOptions } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from './DateTimeFields';
import { labelIn, toOptions } from './labels';
import { useReferralPost } from './queries';
import { pastInstant } from './when';

interface Props {
  pupilId: string;
  options: ReferralOptions;
  onDone: (text: string) => void;
}

const FIELDS = ['kind', 'heldAt', 'notes'];
const idFor = (key: string) => (key === 'heldAt' ? 'meeting-heldAt-date' : `meeting-${key}`);

/** A strategy discussion, conference or core group: recording one starts the next clocks. */
export function MeetingForm({ pupilId, options, onDone }: Props) {
  const post = useReferralPost();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [kind, setKind] = useState('');
  const [when, setWhen] = useState<DateTime>(() => londonParts());
  const [notes, setNotes] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!kind) errors.kind = 'Choose the kind of meeting';
    const held = pastInstant(when, 'the meeting was held');
    if (held.error) errors.heldAt = held.error;
    if (form.show(errors) || !held.at) return;
    setBusy(true);
    try {
      const meeting = await post<Meeting>('/api/meetings', {
        pupilId,
        kind,
        heldAt: held.at,
        notes: notes.trim(),
      });
      setKind('');
      setNotes('');
      onDone(`${labelIn(options.meetingKinds, meeting.kind) ?? 'Meeting'} recorded`);
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
        legend="Which meeting?"
        hint="Haven then sets the deadline for the next one, as Working Together requires"
        options={toOptions(options.meetingKinds)}
        value={kind}
        onChange={setKind}
        error={form.errors.kind}
        small
      />
      <DateTimeFields
        id="meeting-heldAt"
        legend="When was it held?"
        value={when}
        onChange={setWhen}
        error={form.errors.heldAt}
      />
      <TextArea
        id={idFor('notes')}
        label="Notes (optional)"
        hint="Who attended, what was decided, and the school’s actions"
        value={notes}
        onChange={setNotes}
        error={form.errors.notes}
        rows={4}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Record meeting
      </button>
    </form>
  );
}
