import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AllegationReceipt, RaiseAllegationInput } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { Panel } from '../../components/Panel';
import { ProblemPage } from '../../components/ProblemPage';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTimeShort } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { DateTimeFields, type DateTime } from '../referrals/DateTimeFields';
import { pastInstant } from '../referrals/when';
import { useColleagues, raiseAllegation } from './queries';
import { RaiseGuidance, Whistleblowing } from './RaiseGuidance';
import { NO_SUBJECT, SUBJECT_IDS, SubjectFields, type SubjectChoice } from './SubjectFields';

const IDS: Record<string, string> = {
  ...SUBJECT_IDS,
  whatHappened: 'raise-whatHappened',
  incidentAt: 'raise-incidentAt-date',
  location: 'raise-location',
  childrenInvolved: 'raise-childrenInvolved',
  actionTaken: 'raise-actionTaken',
};
const idFor = (key: string) => IDS[key] ?? key.replace(/\./g, '-');
const isField = (field: string) => field in IDS;
/** The server may name the subject's inner field when the choice itself is missing. */
const mapField = (field: string) =>
  field.startsWith('subject') && !(field in IDS) ? 'subject' : field;

interface Details {
  whatHappened: string;
  location: string;
  childrenInvolved: string;
  actionTaken: string;
}

const NO_DETAILS: Details = {
  whatHappened: '',
  location: '',
  childrenInvolved: '',
  actionTaken: '',
};
const NO_TIME: DateTime = { date: '', time: '' };

function validate(
  subject: SubjectChoice,
  details: Details,
  when: DateTime,
): { errors: FormErrors; incidentAt: string | null } {
  const errors: FormErrors = {};
  if (!subject.kind) errors.subject = 'Select who the concern is about';
  if (subject.kind === 'colleague' && !subject.staffId)
    errors['subject.staffId'] = 'Choose the person the concern is about';
  if (subject.kind === 'other') {
    if (!subject.name.trim()) errors['subject.name'] = 'Enter the name of the person';
    if (!subject.relationship)
      errors['subject.relationship'] = 'Select how they work with the school';
  }
  if (!details.whatHappened.trim()) errors.whatHappened = 'Enter what happened';
  let incidentAt: string | null = null;
  if (when.date || when.time) {
    const at = pastInstant(when, 'it happened');
    if (at.error) errors.incidentAt = `${at.error}, or leave both blank if you do not know`;
    else incidentAt = at.at ?? null;
  }
  return { errors, incidentAt };
}

function toInput(
  subject: SubjectChoice,
  details: Details,
  incidentAt: string | null,
): RaiseAllegationInput {
  return {
    subject:
      subject.kind === 'colleague'
        ? { staffId: subject.staffId }
        : {
            name: subject.name.trim(),
            relationship: subject.relationship || 'other',
            details: subject.details.trim(),
          },
    whatHappened: details.whatHappened.trim(),
    incidentAt,
    location: details.location.trim(),
    childrenInvolved: details.childrenInvolved.trim(),
    actionTaken: details.actionTaken.trim(),
  };
}

/** What the person who raised it sees: the reference and who it went to, nothing more. */
function Sent({ receipt }: { receipt: AllegationReceipt }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Concern sent">
          Your reference
          <br />
          <strong data-testid="allegation-reference">{receipt.reference}</strong>
        </Panel>
        <p className="govuk-body-l" data-testid="allegation-routed">
          It has been sent to the {receipt.routedToLabel}.
        </p>
        <p className="govuk-body">Sent at {formatDateTimeShort(receipt.raisedAt)}.</p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          They will decide what to do, and may ask you about it. You will not see the case in Haven.
          Keep your reference in case you are asked about it.
        </p>
        <p className="govuk-body">
          Do not discuss it with the person it is about, and do not investigate it yourself.
        </p>
        <Whistleblowing />
        <ul className="govuk-list">
          <li>
            <Link to="/" className="govuk-link">
              Go to the home page
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

/**
 * `/allegations/new` (everyone): a concern about an adult who works with children (D41). It goes
 * straight to the headteacher, or the chair of governors when it is about the headteacher. Nothing
 * is kept in the browser: no draft, and the form empties once it is sent.
 */
export function RaiseAllegationPage() {
  const colleagues = useColleagues();
  const form = useFormErrors();
  const [subject, setSubject] = useState<SubjectChoice>(NO_SUBJECT);
  const [details, setDetails] = useState<Details>(NO_DETAILS);
  const [when, setWhen] = useState<DateTime>(NO_TIME);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<AllegationReceipt | undefined>();
  usePageTitle(
    receipt ? 'Concern about an adult sent' : 'Raise a concern about an adult',
    form.hasErrors && !receipt,
  );
  const set = (patch: Partial<Details>) => setDetails((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const { errors, incidentAt } = validate(subject, details, when);
    if (form.show(errors)) return;
    setBusy(true);
    try {
      const { data } = await raiseAllegation(toInput(subject, details, incidentAt));
      setSubject(NO_SUBJECT);
      setDetails(NO_DETAILS);
      setWhen(NO_TIME);
      form.show({});
      setReceipt(data);
    } catch (error) {
      form.show(errorsFromApi(error, isField, { mapField }));
    } finally {
      setBusy(false);
    }
  }

  if (receipt) return <Sent receipt={receipt} />;
  if (colleagues.isError) return <ProblemPage error={colleagues.error} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/">Back to home</BackLink>
        <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
        <PageHeading>Raise a concern about an adult</PageHeading>
        <RaiseGuidance />
        {!colleagues.data ? (
          <Loading what="the form" />
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <SubjectFields
              colleagues={colleagues.data.data}
              value={subject}
              errors={form.errors}
              onChange={(patch) => setSubject((s) => ({ ...s, ...patch }))}
            />
            <TextArea
              id={idFor('whatHappened')}
              label="What happened?"
              labelClassName="govuk-label--m"
              hint="What you saw or heard, or what you were told and by whom, in as much detail as you can. Use the words people used."
              value={details.whatHappened}
              onChange={(whatHappened) => set({ whatHappened })}
              error={form.errors.whatHappened}
              rows={8}
            />
            <DateTimeFields
              id="raise-incidentAt"
              legend="When did it happen? (optional)"
              hint="UK time. Leave both blank if you do not know."
              value={when}
              onChange={setWhen}
              error={form.errors.incidentAt}
            />
            <TextInput
              id={idFor('location')}
              label="Where did it happen? (optional)"
              hint="For example, the Year 5 classroom or the school minibus"
              value={details.location}
              onChange={(location) => set({ location })}
              error={form.errors.location}
              autoComplete="off"
            />
            <TextArea
              id={idFor('childrenInvolved')}
              label="Which children were involved or saw it? (optional)"
              value={details.childrenInvolved}
              onChange={(childrenInvolved) => set({ childrenInvolved })}
              error={form.errors.childrenInvolved}
              rows={3}
            />
            <TextArea
              id={idFor('actionTaken')}
              label="What have you done about it so far? (optional)"
              hint="For example, you called 999, or you made sure the child was with another adult"
              value={details.actionTaken}
              onChange={(actionTaken) => set({ actionTaken })}
              error={form.errors.actionTaken}
              rows={3}
            />
            <button type="submit" id="raise-send" className="govuk-button">
              Send concern
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
