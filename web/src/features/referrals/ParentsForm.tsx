import { useState, type FormEvent } from 'react';
import type { ParentReason, ParentsInput, ReferralOptions } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from './DateTimeFields';
import { toOptions } from './labels';
import { PupilChoice, type PupilOption } from './PupilChoice';
import { useReferralPost } from './queries';
import { pastInstant } from './when';

interface Props {
  pupils: PupilOption[];
  concernId: string | null;
  options: ReferralOptions;
  onDone: (text: string) => void;
}

const FIELDS = ['pupilId', 'told', 'at', 'whoTold', 'reasonCode', 'reason'];
const idFor = (key: string) => (key === 'at' ? 'parents-at-date' : `parents-${key}`);

const TOLD = [
  { value: 'yes', label: 'Yes, they were told' },
  { value: 'no', label: 'No, they were not told' },
];

/**
 * D18: parents or carers are usually told about a concern or a referral, unless that would put
 * the child at greater risk or get in the way of an investigation. Either way, it is recorded.
 */
export function ParentsForm({ pupils, concernId, options, onDone }: Props) {
  const post = useReferralPost();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [pupilId, setPupilId] = useState(pupils.length === 1 ? (pupils[0]?.id ?? '') : '');
  const [told, setTold] = useState('');
  const [when, setWhen] = useState<DateTime>(() => londonParts());
  const [whoTold, setWhoTold] = useState('');
  const [reasonCode, setReasonCode] = useState('');
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!pupilId) errors.pupilId = 'Choose the child';
    if (!told) errors.told = 'Say whether parents or carers were told';
    const at = pastInstant(when, told === 'no' ? 'you decided' : 'they were told');
    if (told && at.error) errors.at = at.error;
    if (told === 'yes' && !whoTold.trim()) errors.whoTold = 'Enter who told them';
    if (told === 'no' && !reasonCode) errors.reasonCode = 'Choose why they were not told';
    if (told === 'no' && !reason.trim()) errors.reason = 'Explain why they were not told';
    if (form.show(errors) || !at.at) return;
    const input: ParentsInput = {
      pupilId,
      concernId,
      referralId: null,
      told: told === 'yes',
      at: at.at,
      whoTold: told === 'yes' ? whoTold.trim() : '',
      reasonCode: told === 'no' ? (reasonCode as ParentReason) : null,
      reason: told === 'no' ? reason.trim() : '',
    };
    setBusy(true);
    try {
      await post('/api/disclosures/parents', input);
      setTold('');
      setWhoTold('');
      setReasonCode('');
      setReason('');
      onDone(
        input.told
          ? 'Recorded: parents or carers were told'
          : 'Recorded: parents or carers were not told, and why',
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
      <PupilChoice
        id={idFor('pupilId')}
        pupils={pupils}
        value={pupilId}
        onChange={setPupilId}
        error={form.errors.pupilId}
      />
      <Radios
        id={idFor('told')}
        legend="Were parents or carers told?"
        options={TOLD}
        value={told}
        onChange={setTold}
        error={form.errors.told}
        small
      />
      {told === 'yes' ? (
        <>
          <DateTimeFields
            id="parents-at"
            legend="When were they told?"
            value={when}
            onChange={setWhen}
            error={form.errors.at}
          />
          <TextInput
            id={idFor('whoTold')}
            label="Who told them?"
            hint="For example, the DSL by phone, or the social worker"
            value={whoTold}
            onChange={setWhoTold}
            error={form.errors.whoTold}
          />
        </>
      ) : null}
      {told === 'no' ? (
        <>
          <Radios
            id={idFor('reasonCode')}
            legend="Why were they not told?"
            options={toOptions(options.parentReasons)}
            value={reasonCode}
            onChange={setReasonCode}
            error={form.errors.reasonCode}
            small
          />
          <TextArea
            id={idFor('reason')}
            label="Explain the decision"
            hint="Who you spoke to, and when it will be looked at again"
            value={reason}
            onChange={setReason}
            error={form.errors.reason}
            rows={3}
          />
          <DateTimeFields
            id="parents-at"
            legend="When was this decided?"
            value={when}
            onChange={setWhen}
            error={form.errors.at}
          />
        </>
      ) : null}
      <button type="submit" className="govuk-button govuk-button--secondary">
        Record decision about parents
      </button>
    </form>
  );
}
