import { useState, type FormEvent } from 'react';
import type { AllegationCase } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SummaryList, NotGiven } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { WarningText } from '../../components/WarningText';
import { formatDateTimeShort, londonParts } from '../../lib/dates';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { telHref } from '../../lib/phone';
import { formatDue } from '../deadlines/format';
import { DateTimeFields, type DateTime } from '../referrals/DateTimeFields';
import { nowPrefill, stepInstant } from './when';
import { useCaseAction } from './queries';

const FIELDS = ['contactedAt', 'ladoName', 'advice', 'ladoReference'];
const idFor = (key: string) => (key === 'contactedAt' ? 'lado-contactedAt-date' : `lado-${key}`);

interface Props {
  c: AllegationCase;
  canManage: boolean;
  onResult: (text: string) => void;
}

function LadoForm({ c, onResult }: { c: AllegationCase; onResult: (text: string) => void }) {
  const act = useCaseAction(c.id);
  const form = useFormErrors();
  const [prefilled] = useState(() => nowPrefill(londonParts()));
  const [when, setWhen] = useState<DateTime>(prefilled.value);
  const [ladoName, setLadoName] = useState('');
  const [advice, setAdvice] = useState('');
  const [ladoReference, setLadoReference] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    const at = stepInstant(when, 'you spoke to the LADO', prefilled);
    if (at.error) errors.contactedAt = at.error;
    if (!ladoName.trim()) errors.ladoName = 'Enter the name of the LADO you spoke to';
    if (!advice.trim()) errors.advice = 'Enter the advice the LADO gave';
    if (form.show(errors) || !at.at) return;
    setBusy(true);
    try {
      await act('/lado', {
        contactedAt: at.at,
        ladoName: ladoName.trim(),
        advice: advice.trim(),
        ladoReference: ladoReference.trim(),
      });
      onResult('Contact with the LADO recorded. The investigation can now start.');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <h3 className="govuk-heading-s">Record contact with the LADO</h3>
      <DateTimeFields
        id="lado-contactedAt"
        legend="When did you speak to the LADO?"
        hint="UK time. We have put in now: change it if it was earlier."
        value={when}
        onChange={setWhen}
        error={form.errors.contactedAt}
      />
      <TextInput
        id={idFor('ladoName')}
        label="Name of the LADO"
        value={ladoName}
        onChange={setLadoName}
        error={form.errors.ladoName}
        autoComplete="off"
        spellCheck={false}
      />
      <TextArea
        id={idFor('advice')}
        label="What did they advise?"
        hint="For example, whether the police or children’s social care need to be involved, and what the school should do next."
        value={advice}
        onChange={setAdvice}
        error={form.errors.advice}
        rows={4}
      />
      <TextInput
        id={idFor('ladoReference')}
        label="The LADO’s reference (optional)"
        value={ladoReference}
        onChange={setLadoReference}
        error={form.errors.ladoReference}
        widthClass="govuk-input--width-20"
        autoComplete="off"
        spellCheck={false}
      />
      <button type="submit" className="govuk-button">
        Record LADO contact
      </button>
    </form>
  );
}

/** The clock and the number to ring (D42): an allegation is reported within one working day. */
function LadoClock({ c }: { c: AllegationCase }) {
  const d = c.deadline;
  if (!d) return null;
  const open = d.state === 'open' || d.state === 'missed';
  const overdue = open && (d.overdue || d.state === 'missed');
  return (
    <div data-testid="lado-clock">
      {overdue ? (
        <WarningText>
          The deadline to tell the LADO has passed: it was due by {formatDue(d.dueAt)} (UK time).
          Ring them now.
        </WarningText>
      ) : null}
      <p className="govuk-body govuk-!-margin-bottom-1">
        {overdue ? (
          <Tag colour="red" strong>
            Overdue
          </Tag>
        ) : open ? (
          <Tag colour="blue">Due</Tag>
        ) : d.state === 'met' ? (
          <Tag colour="green">Done</Tag>
        ) : (
          <Tag colour="grey">Waived</Tag>
        )}{' '}
        {open ? 'Tell the LADO by ' : 'The LADO was due to be told by '}
        <time dateTime={d.dueAt}>{formatDue(d.dueAt)}</time>{' '}
        <span className="haven-secondary-text">(UK time)</span>
      </p>
      <p className="govuk-body-s">
        <strong>How this was worked out:</strong> <span className="haven-break">{d.basis}</span>
      </p>
    </div>
  );
}

/** The local authority designated officer: the clock, their number, and the contact once made. */
export function LadoSection({ c, canManage, onResult }: Props) {
  const lado = c.lado;
  const allegation = c.threshold?.decision === 'allegation';
  return (
    <section aria-labelledby="lado-heading">
      <h2 className="govuk-heading-m" id="lado-heading">
        The LADO
      </h2>
      <LadoClock c={c} />
      <p className="govuk-body" data-testid="lado-phone">
        {c.ladoPhone ? (
          <>
            The LADO (local authority designated officer):{' '}
            <a className="govuk-link" href={telHref(c.ladoPhone)}>
              {c.ladoPhone}
            </a>
            .{' '}
          </>
        ) : (
          'Your school has not recorded the LADO’s number in Haven: find it on your local safeguarding partnership’s website. '
        )}
        {allegation
          ? 'An allegation must be reported to the LADO within one working day, before anything is investigated.'
          : 'Ring them for advice if you are not sure whether it meets the harm threshold.'}
      </p>
      {lado ? (
        <div data-testid="lado-contact">
          <SummaryList
            rows={[
              {
                key: 'when',
                label: 'Spoke to the LADO',
                value: `${formatDateTimeShort(lado.contactedAt)} (UK time)`,
              },
              { key: 'name', label: 'LADO', value: lado.ladoName },
              {
                key: 'advice',
                label: 'Their advice',
                value: <span className="haven-pre-wrap haven-break">{lado.advice}</span>,
              },
              {
                key: 'reference',
                label: 'Their reference',
                value: lado.ladoReference || <NotGiven />,
              },
              {
                key: 'recorded',
                label: 'Recorded by',
                value: `${lado.recordedBy.fullName}, ${formatDateTimeShort(lado.recordedAt)}`,
              },
            ]}
          />
        </div>
      ) : canManage && c.stage === 'awaiting_lado' ? (
        <LadoForm c={c} onResult={onResult} />
      ) : allegation ? (
        <p className="govuk-body">Contact with the LADO has not been recorded yet.</p>
      ) : null}
    </section>
  );
}
