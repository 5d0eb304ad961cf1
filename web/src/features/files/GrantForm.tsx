import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Staff } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { londonEndOfDay, londonToday } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { fileKeys, filePath } from './queries';

interface Props {
  pupilId: string;
  staff: Staff[];
  onResult: (text: string) => void;
}

const FIELDS = ['granteeId', 'reason', 'expiresAt'];
const idFor = (key: string) => `grant-${key}`;

/** The UK calendar date `days` from today, "YYYY-MM-DD". */
function inDays(days: number): string {
  const [y, m, d] = londonToday().split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** D24: need-to-know access for one colleague, with a reason and an end date. */
export function GrantForm({ pupilId, staff, onResult }: Props) {
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const [granteeId, setGrantee] = useState('');
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState(() => inDays(30));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormErrors = {};
    if (!granteeId) errors.granteeId = 'Select who needs access';
    if (!reason.trim()) errors.reason = 'Enter why they need to know';
    const expiresAt = /^\d{4}-\d{2}-\d{2}$/.test(expires) ? londonEndOfDay(expires) : undefined;
    if (!expiresAt) errors.expiresAt = 'Enter the date access ends';
    else if (expires < londonToday()) errors.expiresAt = 'The end date must be today or later';
    if (form.show(errors)) return;
    try {
      await api.post(`${filePath(pupilId)}/grants`, {
        granteeId,
        reason: reason.trim(),
        expiresAt,
      });
      const name = staff.find((s) => s.id === granteeId)?.fullName ?? 'They';
      setGrantee('');
      setReason('');
      await queryClient.invalidateQueries({ queryKey: fileKeys.grants(pupilId) });
      onResult(`${name} can now see this file`);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <h3 className="govuk-heading-s">Give a colleague access</h3>
      <SelectInput
        id={idFor('granteeId')}
        label="Who needs access"
        options={staff.map((s) => ({ value: s.id, label: s.fullName }))}
        emptyLabel="Select a member of staff"
        value={granteeId}
        onChange={setGrantee}
        error={form.errors.granteeId}
      />
      <TextInput
        id={idFor('reason')}
        label="Why do they need to know?"
        hint="For example, class teacher supporting the safety plan"
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
      />
      <TextInput
        id={idFor('expiresAt')}
        label="Access ends on"
        hint="At the end of this day. Access can be given for a year at most."
        type="date"
        widthClass="govuk-input--width-10"
        value={expires}
        onChange={setExpires}
        error={form.errors.expiresAt}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Give access
      </button>
    </form>
  );
}
