import { ApiError } from '../../api/client';
import type { OutboxEmail } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { Details } from '../../components/Details';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/dates';
import { useOutbox } from './queries';

function OutboxTable({ emails }: { emails: OutboxEmail[] }) {
  return (
    <table className="govuk-table haven-responsive-table" data-testid="outbox">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Emails Haven would have sent for your school, newest first
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Time
          </th>
          <th scope="col" className="govuk-table__header">
            To
          </th>
          <th scope="col" className="govuk-table__header">
            Subject
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {emails.map((m) => (
          <tr className="govuk-table__row" key={m.id}>
            <td className="govuk-table__cell" data-label="Time">
              <time dateTime={m.at}>{formatDateTime(m.at)}</time>
            </td>
            <td className="govuk-table__cell haven-break" data-label="To">
              {m.to}
            </td>
            <td className="govuk-table__cell" data-label="Subject">
              <span className="haven-block haven-break">{m.subject}</span>
              <Details summary="Show the email">
                <p className="govuk-body haven-pre-wrap govuk-!-margin-bottom-0">{m.text}</p>
              </Details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * `/outbox`: with no SMTP server set up, the emails Haven would have sent for this school (alerts
 * with no child details, only a link), so a school trying Haven out can see them.
 */
export function OutboxPage() {
  const outbox = useOutbox();
  usePageTitle('Local outbox');
  const noOutbox = outbox.error instanceof ApiError && outbox.error.code === 'NOT_FOUND';

  if (outbox.isError && !noOutbox) return <ProblemPage error={outbox.error} />;
  const emails = outbox.data?.data;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BackLink to="/school">Back to school settings</BackLink>
          <PageHeading>Local outbox</PageHeading>
          {noOutbox ? (
            <p className="govuk-body">
              Email is sent through your SMTP server, so there is no local outbox.
            </p>
          ) : (
            <>
              <p className="govuk-body">
                No email server is set up, so Haven keeps the emails it would have sent here. You
                see only your school’s emails. They never name a child: they say what happened and
                link to Haven.
              </p>
              <p className="govuk-body">
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => void outbox.refetch()}
                >
                  Check for new emails
                </button>
              </p>
              <p className="govuk-body-s haven-secondary-text" role="status">
                {emails && outbox.dataUpdatedAt
                  ? `${emails.length === 1 ? '1 email' : `${String(emails.length)} emails`}, last checked ${formatDateTime(new Date(outbox.dataUpdatedAt).toISOString())}`
                  : ''}
              </p>
            </>
          )}
        </div>
      </div>
      {noOutbox ? null : !emails ? (
        <Loading what="emails" />
      ) : emails.length === 0 ? (
        <p className="govuk-body">No emails yet.</p>
      ) : (
        <OutboxTable emails={emails} />
      )}
    </>
  );
}
