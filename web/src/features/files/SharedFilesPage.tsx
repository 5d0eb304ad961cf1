import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { formatDateTimeShort } from '../../lib/dates';
import { useSharedFiles } from './queries';

/**
 * `/files/shared`: the files a colleague has given you access to (D24), where the "file shared"
 * alert leads. Ended and withdrawn access is not listed: those files would answer "not found".
 */
export function SharedFilesPage() {
  const session = useSession();
  const shared = useSharedFiles();
  usePageTitle('Files shared with you');

  if (shared.isError) return <ProblemPage error={shared.error} />;
  const files = shared.data?.data;
  return (
    <>
      <PageHeading>Files shared with you</PageHeading>
      <p className="govuk-body">
        Child protection files the safeguarding team has given you access to, and why. You can open
        each one until your access ends.
      </p>
      {can(session.allowedActions, 'file.read') ? (
        <p className="govuk-body">
          As part of the safeguarding team you can also open any child’s file from their pupil page.
        </p>
      ) : null}
      {files?.length && !session.me.user.mfaEnrolled ? (
        <div className="govuk-inset-text" data-testid="mfa-first">
          Before you can open these files, set up two-step sign-in for your account.{' '}
          <Link to="/mfa/enrol" className="govuk-link">
            Set up two-step sign-in
          </Link>
        </div>
      ) : null}
      {!files ? (
        <Loading what="files shared with you" />
      ) : files.length === 0 ? (
        <p className="govuk-body">Nobody has shared a file with you at the moment.</p>
      ) : (
        <table className="govuk-table haven-responsive-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Files shared with you
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Child
              </th>
              <th scope="col" className="govuk-table__header">
                Why you have access
              </th>
              <th scope="col" className="govuk-table__header">
                Given by
              </th>
              <th scope="col" className="govuk-table__header">
                Access ends
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {files.map((f) => (
              <tr className="govuk-table__row" key={f.grantId}>
                <th scope="row" className="govuk-table__header" data-label="Child">
                  <Link to={`/files/${encodeURIComponent(f.pupil.id)}`} className="govuk-link">
                    {f.pupil.displayName}
                    <span className="govuk-visually-hidden">: child protection file</span>
                  </Link>
                </th>
                <td className="govuk-table__cell" data-label="Why you have access">
                  {f.reason}
                </td>
                <td className="govuk-table__cell" data-label="Given by">
                  {f.grantedBy.fullName}
                  <span className="haven-block haven-secondary-text">
                    {formatDateTimeShort(f.grantedAt)}
                  </span>
                </td>
                <td className="govuk-table__cell" data-label="Access ends">
                  {formatDateTimeShort(f.expiresAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
