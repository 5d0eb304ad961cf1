import { useState, type FormEvent, type ReactNode } from 'react';
import type { Referral, ReferralEvent, ReferralOptions } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from './DateTimeFields';
import { EVENT_LABELS, toOptions } from './labels';
import { referralPath, useReferralPost } from './queries';
import { pastInstant } from './when';

interface Props {
  referral: Referral;
  event: ReferralEvent;
  options: ReferralOptions;
  onDone: (text: string) => void;
}

const PATHS: Record<ReferralEvent, string> = {
  make: 'make',
  acknowledge: 'acknowledge',
  record_outcome: 'outcome',
  close: 'close',
  withdraw: 'withdraw',
};

const DONE: Record<ReferralEvent, string> = {
  make: 'Referral marked as made. The follow-up deadline has started.',
  acknowledge: 'Acknowledgement recorded',
  record_outcome: 'Outcome recorded. The follow-up deadline is met.',
  close: 'Referral closed',
  withdraw: 'Referral withdrawn',
};

const BUTTONS: Record<ReferralEvent, string> = {
  make: 'Mark as made',
  acknowledge: 'Record acknowledgement',
  record_outcome: 'Record outcome',
  close: 'Close referral',
  withdraw: 'Withdraw referral',
};

/** One step of a referral (make, acknowledge, outcome, close, withdraw), with its own errors. */
export function ReferralStep({ referral, event, options, onDone }: Props) {
  const post = useReferralPost();
  const form = useFormErrors();
  const prefix = `${PATHS[event]}-${referral.id}`;
  const idFor = (key: string) =>
    key.endsWith('At') ? `${prefix}-${key}-date` : `${prefix}-${key}`;
  const [busy, setBusy] = useState(false);
  const [when, setWhen] = useState<DateTime>(() => londonParts());
  const [reference, setReference] = useState(referral.agencyReference ?? '');
  const [outcome, setOutcome] = useState('');
  const [notes, setNotes] = useState('');
  const [closureReason, setClosureReason] = useState('');
  const [reason, setReason] = useState('');

  function body(errors: FormErrors): unknown {
    const agencyReference = reference.trim();
    if (event === 'make') {
      const made = pastInstant(when, 'the referral was made');
      if (made.error) errors.madeAt = made.error;
      return { madeAt: made.at, agencyReference };
    }
    if (event === 'acknowledge') return { agencyReference };
    if (event === 'record_outcome') {
      if (!outcome) errors.outcome = 'Choose what the agency decided';
      const heard = pastInstant(when, 'you heard the outcome');
      if (heard.error) errors.outcomeAt = heard.error;
      return { outcome, outcomeAt: heard.at, notes: notes.trim(), agencyReference };
    }
    if (event === 'close') return { closureReason: closureReason || null };
    if (!reason.trim()) errors.reason = 'Enter why the referral is withdrawn';
    return { reason: reason.trim() };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    const payload = body(errors);
    if (form.show(errors)) return;
    setBusy(true);
    try {
      await post(`${referralPath(referral.id)}/${PATHS[event]}`, payload);
      onDone(DONE[event]);
    } catch (error) {
      form.show(
        errorsFromApi(error, (f) =>
          [
            'madeAt',
            'outcome',
            'outcomeAt',
            'notes',
            'reason',
            'closureReason',
            'agencyReference',
          ].includes(f),
        ),
      );
    } finally {
      setBusy(false);
    }
  }

  const referenceInput = (
    <TextInput
      id={idFor('agencyReference')}
      label="The agency’s reference (optional)"
      value={reference}
      onChange={setReference}
      error={form.errors.agencyReference}
      widthClass="govuk-input--width-20"
      spellCheck={false}
    />
  );
  let fields: ReactNode;
  if (event === 'make')
    fields = (
      <>
        <DateTimeFields
          id={`${prefix}-madeAt`}
          legend="When was it made?"
          value={when}
          onChange={setWhen}
          error={form.errors.madeAt}
        />
        {referenceInput}
      </>
    );
  else if (event === 'acknowledge') fields = referenceInput;
  else if (event === 'record_outcome')
    fields = (
      <>
        <Radios
          id={idFor('outcome')}
          legend="What did the agency decide?"
          options={toOptions(options.outcomes)}
          value={outcome}
          onChange={setOutcome}
          error={form.errors.outcome}
          small
        />
        <DateTimeFields
          id={`${prefix}-outcomeAt`}
          legend="When did you hear?"
          value={when}
          onChange={setWhen}
          error={form.errors.outcomeAt}
        />
        <TextArea
          id={idFor('notes')}
          label="Notes (optional)"
          hint="Who told you, and what happens next"
          value={notes}
          onChange={setNotes}
          error={form.errors.notes}
          rows={3}
        />
        {referenceInput}
      </>
    );
  else if (event === 'close')
    fields = (
      <SelectInput
        id={idFor('closureReason')}
        label="Reason for closure (optional)"
        hint="As the Children in Need census records it"
        options={toOptions(options.closureReasons)}
        emptyLabel="Not given"
        value={closureReason}
        onChange={setClosureReason}
        error={form.errors.closureReason}
      />
    );
  else
    fields = (
      <TextArea
        id={idFor('reason')}
        label="Why is it withdrawn?"
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
        rows={3}
      />
    );

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="haven-small-form"
      aria-label={EVENT_LABELS[event]}
    >
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      {fields}
      <button
        type="submit"
        className={`govuk-button${event === 'withdraw' ? ' govuk-button--warning' : ' govuk-button--secondary'}`}
      >
        {BUTTONS[event]}
      </button>
    </form>
  );
}
