import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { FgmReportInput, PupilMatch } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Panel } from '../../components/Panel';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { WarningText } from '../../components/WarningText';
import { londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from './DateTimeFields';
import { OnePupilPicker } from './OnePupilPicker';
import { OwnConcernSelect } from './OwnConcernSelect';
import { useReferralPost } from './queries';
import { pastInstant } from './when';

const FIELDS = ['pupilId', 'concernId', 'notifiedAt', 'policeReference', 'details'];
const idFor = (key: string) => {
  if (key === 'pupilId') return 'pupil-search';
  if (key === 'notifiedAt') return 'fgm-notifiedAt-date';
  return `fgm-${key}`;
};

/**
 * `/referrals/fgm` (D13): a teacher who finds that FGM appears to have been carried out on a girl
 * under 18 must report it to the police personally. This records that they did.
 */
export function FgmReportPage() {
  const post = useReferralPost();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [pupil, setPupil] = useState<PupilMatch | null>(null);
  const [concernId, setConcernId] = useState('');
  const [when, setWhen] = useState<DateTime>(() => londonParts());
  const [policeReference, setPoliceReference] = useState('');
  const [details, setDetails] = useState('');
  usePageTitle('Record an FGM report to the police', form.hasErrors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!pupil) errors.pupilId = 'Find and choose the child';
    const at = pastInstant(when, 'you reported it');
    if (at.error) errors.notifiedAt = at.error;
    if (!policeReference.trim()) errors.policeReference = 'Enter the police reference number';
    if (form.show(errors) || !pupil || !at.at) return;
    const input: FgmReportInput = {
      pupilId: pupil.id,
      concernId: concernId || null,
      notifiedAt: at.at,
      policeReference: policeReference.trim(),
      details: details.trim(),
    };
    setBusy(true);
    try {
      await post<{ id: string }>('/api/referrals/fgm', input);
      setDone(true);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="FGM report recorded">The DSL team has been told.</Panel>
          <p className="govuk-body">
            Your report to the police is on the child’s record, and your deadline for it is met. The
            DSL team will take it from here with the police and children’s social care.
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
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/">Back to home</BackLink>
        <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
        <PageHeading>Record an FGM report to the police</PageHeading>
        <WarningText>
          If a girl under 18 tells you she has had FGM, or you see signs that it has been carried
          out, you must report it to the police yourself by ringing 101, by the end of the next
          working day. This is a legal duty: the DSL cannot do it for you. Tell the DSL too.
        </WarningText>
        <p className="govuk-body">Once you have reported it, record it here.</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <OnePupilPicker chosen={pupil} error={form.errors.pupilId} onChoose={setPupil} />
          <OwnConcernSelect
            id={idFor('concernId')}
            value={concernId}
            onChange={setConcernId}
            error={form.errors.concernId}
          />
          <DateTimeFields
            id="fgm-notifiedAt"
            legend="When did you report it to the police?"
            hint="UK time. We have put in now: change it if you reported it earlier."
            value={when}
            onChange={setWhen}
            error={form.errors.notifiedAt}
          />
          <TextInput
            id={idFor('policeReference')}
            label="Police reference number"
            hint="The police give you one when you report"
            value={policeReference}
            onChange={setPoliceReference}
            error={form.errors.policeReference}
            widthClass="govuk-input--width-20"
            spellCheck={false}
          />
          <TextArea
            id={idFor('details')}
            label="Anything else the DSL should know (optional)"
            hint="Who you spoke to, and what the police said they would do"
            value={details}
            onChange={setDetails}
            error={form.errors.details}
          />
          <button type="submit" className="govuk-button">
            Record report and tell the DSL team
          </button>
        </form>
      </div>
    </div>
  );
}
