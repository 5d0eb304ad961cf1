import { Link, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/dates';
import { AttachmentUpload } from '../attachments/AttachmentUpload';
import { ContactsList } from './ContactsList';
import { useReceipt } from './queries';

const ALERTED = {
  dsl_team: 'The DSL has been alerted.',
  leaders: 'The safeguarding team is not available, so the school’s leaders have been alerted.',
  chair:
    'The safeguarding team and the school’s leaders are not available, so the chair of governors has been alerted.',
} as const;

/** `/concerns/:id/sent`: the receipt, signed and fingerprinted, with numbers to call if urgent. */
export function ConcernSentPage() {
  const { id = '' } = useParams();
  const receipt = useReceipt(id);
  usePageTitle('Concern sent');

  if (receipt.isError) return <ProblemPage error={receipt.error} />;
  if (receipt.data === undefined) return <Loading what="your receipt" />;
  const r = receipt.data;
  if (r === null) return <ProblemPage error={new Error('No receipt')} />;
  const urgent = r.immediateRisk === true;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Concern sent">
          Your reference
          <br />
          <strong data-testid="concern-reference">{r.reference}</strong>
        </Panel>
        {r.alerted === 'nobody' ? (
          <div className="haven-urgent" data-testid="nobody-alerted">
            <h2 className="govuk-heading-m">Nobody could be alerted now</h2>
            <p className="govuk-body">
              Your concern is saved, but nobody in the safeguarding team or the school’s leadership
              is available in Haven to receive it now. It waits for them, but do not wait: tell the
              DSL or a deputy in person or by phone now.
              {urgent ? '' : ' If you cannot reach anyone and you are worried about the child:'}
            </p>
            {!urgent && r.contacts?.length ? <ContactsList contacts={r.contacts} /> : null}
          </div>
        ) : null}
        {urgent && r.contacts?.length ? (
          <div className="haven-urgent" data-testid="urgent-contacts">
            <h2 className="govuk-heading-m">If the child is in immediate danger</h2>
            <p className="govuk-body">Call now if you have not already:</p>
            <ContactsList contacts={r.contacts} />
          </div>
        ) : null}
        {r.fgmReport ? (
          <div className="haven-urgent" data-testid="fgm-duty">
            <h2 className="govuk-heading-m">You must report this to the police yourself</h2>
            <p className="govuk-body">
              Teachers must report a known case of female genital mutilation to the police in
              person, by ringing 101, by {formatDateTime(r.fgmReport.dueAt)}. Telling the DSL is not
              enough. The DSL will support you.
            </p>
            <p className="govuk-body">
              <Link to="/referrals/fgm" className="govuk-link">
                Record that you have reported it
              </Link>
            </p>
            <p className="govuk-body-s">How the time was worked out: {r.fgmReport.basis}</p>
          </div>
        ) : null}
        {r.alerted === 'nobody' ? null : r.alerted ? (
          <p className="govuk-body-l">
            {ALERTED[r.alerted]}
            {urgent ? ' They have been sent an urgent alert.' : ''}
          </p>
        ) : (
          // Read again after a reload, the receipt no longer says who the sending reached.
          <p className="govuk-body-l">Your concern has been sent to the safeguarding team.</p>
        )}
        {r.recordedBy && r.recordedAt && r.contentHash ? (
          <p className="govuk-body" data-testid="signature">
            Signed by {r.recordedBy.fullName} at {formatDateTime(r.recordedAt)}. Record fingerprint:{' '}
            <code className="haven-code haven-hash">{r.contentHash}</code>
          </p>
        ) : r.recordedAt ? (
          <p className="govuk-body">Recorded at {formatDateTime(r.recordedAt)}.</p>
        ) : null}
        <p className="govuk-body">
          The fingerprint shows the record has not been changed since you sent it. If you remember
          anything else, add it to the concern rather than starting again.
        </p>
        <section aria-labelledby="attach-heading">
          <h2 className="govuk-heading-m" id="attach-heading">
            Add a photo or document
          </h2>
          <p className="govuk-body">
            If you have something that helps explain your concern, such as a note the child wrote,
            attach it here. Only the safeguarding team can open it.
          </p>
          <AttachmentUpload concernId={id} id="attachment-file" />
        </section>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The DSL will read your concern and decide what to do. You can see when it is being
          handled, and add information, in My concerns.
        </p>
        <ul className="govuk-list">
          <li>
            <Link to="/concerns/mine" className="govuk-link">
              Go to my concerns
            </Link>
          </li>
          <li>
            <Link to="/concerns/new" className="govuk-link">
              Record another concern
            </Link>
          </li>
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
