import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { PupilMatch, SelfReferralInput } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { InsetText } from '../../components/InsetText';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { Panel } from '../../components/Panel';
import { ProblemPage } from '../../components/ProblemPage';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from './DateTimeFields';
import { AgencyFields, agencyErrors, agencyInput, useAgencyChoice } from './AgencyFields';
import { OnePupilPicker } from './OnePupilPicker';
import { OwnConcernSelect } from './OwnConcernSelect';
import { useReferralOptions, useReferralPost } from './queries';
import { pastInstant } from './when';

const FIELDS = [
  'pupilId',
  'concernId',
  'agency',
  'agencyName',
  'method',
  'reason',
  'madeAt',
  'agencyReference',
];
const idFor = (key: string) => {
  if (key === 'pupilId') return 'pupil-search';
  if (key === 'madeAt') return 'self-madeAt-date';
  return `self-${key}`;
};

/**
 * `/referrals/self` (D20): anyone may refer a child to children's social care when the DSL
 * cannot be reached, and must not wait. Recording it here tells the DSL team at once.
 */
export function SelfReferralPage() {
  const options = useReferralOptions();
  const post = useReferralPost();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [pupil, setPupil] = useState<PupilMatch | null>(null);
  const [concernId, setConcernId] = useState('');
  const { choice, set } = useAgencyChoice();
  const [reason, setReason] = useState('');
  const [when, setWhen] = useState<DateTime>(() => londonParts());
  const [agencyReference, setAgencyReference] = useState('');
  usePageTitle('Record a referral you made yourself', form.hasErrors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = agencyErrors(choice, 'Select how you made the referral');
    if (!pupil) errors.pupilId = 'Find and choose the child you referred';
    if (!reason.trim()) errors.reason = 'Enter why you referred the child';
    const made = pastInstant(when, 'you made the referral');
    if (made.error) errors.madeAt = made.error;
    if (form.show(errors) || !pupil || !made.at) return;
    const input: SelfReferralInput = {
      pupilId: pupil.id,
      concernId: concernId || null,
      ...agencyInput(choice),
      reason: reason.trim(),
      madeAt: made.at,
      agencyReference: agencyReference.trim(),
    };
    setBusy(true);
    try {
      await post<{ id: string }>('/api/referrals/self', input);
      setDone(true);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  if (options.isError) return <ProblemPage error={options.error} />;
  if (done) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="Referral recorded">The DSL team has been told.</Panel>
          <p className="govuk-body">
            It is on the child’s record. The DSL team will follow it up with the agency; you will
            not see it in Haven again. If you are still worried about the child, speak to them.
          </p>
          <p className="govuk-body">
            <Link to="/" className="govuk-link">
              Go to the home page
            </Link>
          </p>
        </div>
      </div>
    );
  }
  const o = options.data?.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/">Back to home</BackLink>
        <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
        <PageHeading>Record a referral you made yourself</PageHeading>
        <p className="govuk-body">
          Use this if you referred a child to children’s social care (or another agency) yourself
          because the DSL and their deputies could not be reached.
        </p>
        <InsetText>
          If a child is at risk of harm and you cannot reach the DSL, do not wait: call the Children
          and Families Hub yourself, or 999 if the child is in immediate danger. Then record it
          here, and the DSL team is told straight away.
        </InsetText>
        {!o ? (
          <Loading what="the form" />
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <OnePupilPicker chosen={pupil} error={form.errors.pupilId} onChoose={setPupil} />
            <OwnConcernSelect
              id={idFor('concernId')}
              value={concernId}
              onChange={setConcernId}
              error={form.errors.concernId}
            />
            <AgencyFields
              options={o}
              idFor={idFor}
              errors={form.errors}
              choice={choice}
              set={set}
              methodLegend="How did you make it?"
              urgentLabel="It was urgent"
            />
            <TextArea
              id={idFor('reason')}
              label="Why did you refer the child?"
              hint="What you told the agency, and what they said"
              value={reason}
              onChange={setReason}
              error={form.errors.reason}
            />
            <DateTimeFields
              id="self-madeAt"
              legend="When did you make the referral?"
              hint="UK time. We have put in now: change it if you made it earlier."
              value={when}
              onChange={setWhen}
              error={form.errors.madeAt}
            />
            <TextInput
              id={idFor('agencyReference')}
              label="The agency’s reference (optional)"
              value={agencyReference}
              onChange={setAgencyReference}
              error={form.errors.agencyReference}
              widthClass="govuk-input--width-20"
              spellCheck={false}
            />
            <button type="submit" className="govuk-button">
              Record referral and tell the DSL team
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
