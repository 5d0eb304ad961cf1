import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { LaNotice } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from '../referrals/DateTimeFields';
import { pastInstant } from '../referrals/when';

const FIELDS = ['notifiedAt', 'notifiedTo', 'reference'];

/** When, to whom and with what reference the local authority was told (D10): meets the clock. */
export function LaNotifiedForm({
  notice,
  onDone,
}: {
  notice: LaNotice;
  onDone: (t: string) => void;
}) {
  const form = useFormErrors();
  const prefix = `notice-${notice.id}`;
  const idFor = (key: string) => (key === 'notifiedAt' ? `${prefix}-at-date` : `${prefix}-${key}`);
  const [busy, setBusy] = useState(false);
  const [when, setWhen] = useState<DateTime>(() => londonParts());
  const [to, setTo] = useState('');
  const [reference, setReference] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    const at = pastInstant(when, 'the local authority was told');
    if (at.error) errors.notifiedAt = at.error;
    if (!to.trim()) errors.notifiedTo = 'Say who at the local authority was told';
    if (form.show(errors) || !at.at) return;
    setBusy(true);
    try {
      await api.post(`/api/attendance/notices/${encodeURIComponent(notice.id)}/notified`, {
        notifiedAt: at.at,
        notifiedTo: to.trim(),
        reference: reference.trim(),
      });
      onDone('Recorded: the local authority has been told');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <DateTimeFields
        id={`${prefix}-at`}
        legend="When was the local authority told?"
        value={when}
        onChange={setWhen}
        error={form.errors.notifiedAt}
      />
      <TextInput
        id={idFor('notifiedTo')}
        label="Who was told"
        hint="The service and the person, for example the attendance or missing education officer"
        value={to}
        onChange={setTo}
        error={form.errors.notifiedTo}
      />
      <TextInput
        id={idFor('reference')}
        label="Their reference (optional)"
        value={reference}
        onChange={setReference}
        error={form.errors.reference}
        widthClass="govuk-input--width-20"
      />
      <button type="submit" className="govuk-button">
        Record that the local authority was told
      </button>
    </form>
  );
}
