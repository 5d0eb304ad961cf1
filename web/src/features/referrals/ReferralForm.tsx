import { useState, type FormEvent } from 'react';
import type { AbuseCategory, Referral, ReferralInput, ReferralOptions } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from './DateTimeFields';
import { AgencyFields, agencyErrors, agencyInput, useAgencyChoice } from './AgencyFields';
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

const FIELDS = [
  'pupilId',
  'agency',
  'agencyName',
  'method',
  'abuseCategory',
  'reason',
  'made',
  'madeAt',
  'agencyReference',
];
const idFor = (key: string) => (key === 'madeAt' ? 'referral-madeAt-date' : `referral-${key}`);

const MADE = [
  { value: 'now', label: 'Yes, I have made it', hint: 'This starts the clock for the outcome' },
  { value: 'draft', label: 'No, save it as a draft to finish and make later' },
];

/** "Make a referral" (D17, D30): to the Children and Families Hub or another agency. */
export function ReferralForm({ pupils, concernId, options, onDone }: Props) {
  const post = useReferralPost();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [pupilId, setPupilId] = useState(pupils.length === 1 ? (pupils[0]?.id ?? '') : '');
  const { choice, set } = useAgencyChoice();
  const [abuseCategory, setAbuseCategory] = useState('');
  const [reason, setReason] = useState('');
  const [made, setMade] = useState('');
  const [madeWhen, setMadeWhen] = useState<DateTime>(() => londonParts());
  const [agencyReference, setAgencyReference] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = agencyErrors(choice, 'Select how the referral was made');
    if (!pupilId) errors.pupilId = 'Choose the child you referred';
    if (!reason.trim()) errors.reason = 'Enter the reason for the referral';
    if (!made) errors.made = 'Say whether you have made the referral';
    const when = made === 'now' ? pastInstant(madeWhen, 'you made the referral') : undefined;
    if (when?.error) errors.madeAt = when.error;
    if (form.show(errors)) return;
    const input: ReferralInput = {
      pupilId,
      concernId,
      ...agencyInput(choice),
      abuseCategory: (abuseCategory || null) as AbuseCategory | null,
      reason: reason.trim(),
      madeAt: when?.at ?? null,
      agencyReference: agencyReference.trim(),
    };
    setBusy(true);
    try {
      const referral = await post<Referral>('/api/referrals', input);
      setReason('');
      setAgencyReference('');
      setMade('');
      onDone(
        referral.state === 'draft'
          ? `Referral to ${referral.agencyLabel} saved as a draft`
          : `Referral to ${referral.agencyLabel} recorded. The follow-up deadline has started.`,
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
      <h3 className="govuk-heading-s">Make a referral</h3>
      <PupilChoice
        id={idFor('pupilId')}
        pupils={pupils}
        value={pupilId}
        onChange={setPupilId}
        error={form.errors.pupilId}
      />
      <AgencyFields
        options={options}
        idFor={idFor}
        errors={form.errors}
        choice={choice}
        set={set}
        methodLegend="How was it made?"
        urgentLabel="This is an urgent referral"
      />
      <SelectInput
        id={idFor('abuseCategory')}
        label="Category of abuse (optional)"
        hint="As the Children in Need census records it"
        options={toOptions(options.abuseCategories)}
        emptyLabel="Not given"
        value={abuseCategory}
        onChange={setAbuseCategory}
        error={form.errors.abuseCategory}
      />
      <TextArea
        id={idFor('reason')}
        label="Why are you referring?"
        hint="What you told the agency, and what you are worried about"
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
        rows={5}
      />
      <Radios
        id={idFor('made')}
        legend="Have you made the referral?"
        options={MADE}
        value={made}
        onChange={setMade}
        error={form.errors.made}
        small
      />
      {made === 'now' ? (
        <DateTimeFields
          id="referral-madeAt"
          legend="When did you make it?"
          hint="UK time. We have put in now: change it if you made it earlier."
          value={madeWhen}
          onChange={setMadeWhen}
          error={form.errors.madeAt}
        />
      ) : null}
      <TextInput
        id={idFor('agencyReference')}
        label="The agency’s reference (optional)"
        hint="If they gave you one. You can add it later."
        value={agencyReference}
        onChange={setAgencyReference}
        error={form.errors.agencyReference}
        widthClass="govuk-input--width-20"
        spellCheck={false}
      />
      <button type="submit" className="govuk-button">
        {made === 'draft' ? 'Save draft referral' : 'Record referral'}
      </button>
    </form>
  );
}
