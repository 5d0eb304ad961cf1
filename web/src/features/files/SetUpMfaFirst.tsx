import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';

/** The server's answer when a file shared with this person needs two-step sign-in first. */
export const needsMfa = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'FORBIDDEN' && error.field === 'mfa';

/**
 * A file shared with someone opens only once their account has two-step sign-in, as the DSL
 * team's accounts do: a password alone is not enough to reach a child protection file.
 */
export function SetUpMfaFirst() {
  usePageTitle('Set up two-step sign-in first');
  return (
    <>
      <PageHeading>Set up two-step sign-in first</PageHeading>
      <p className="govuk-body">
        A child protection file has been shared with you. Before you can open it, your account needs
        two-step sign-in: a code from an authenticator app as well as your password.
      </p>
      <p className="govuk-body">
        <Link to="/mfa/enrol" className="govuk-button">
          Set up two-step sign-in
        </Link>
      </p>
      <p className="govuk-body">
        Then come back to{' '}
        <Link to="/files/shared" className="govuk-link">
          files shared with you
        </Link>
        .
      </p>
    </>
  );
}
