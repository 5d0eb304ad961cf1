import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { PageHeading } from './PageHeading';
import { usePageTitle } from './usePageTitle';

interface Props {
  error: unknown;
}

function describe(error: unknown): { title: string; body: string } {
  if (error instanceof ApiError) {
    if (error.code === 'NOT_FOUND') {
      return {
        title: 'Page not found',
        body: 'The record you asked for does not exist, or has been removed.',
      };
    }
    if (error.code === 'FORBIDDEN') {
      return {
        title: 'You cannot view this page',
        body: 'Your role does not allow you to see this. Speak to your school administrator if you think you need access.',
      };
    }
    if (error.code === 'NETWORK' || error.code === 'RATE_LIMITED') {
      return { title: 'Sorry, there is a problem', body: error.message };
    }
  }
  return { title: 'Sorry, there is a problem with Haven', body: 'Try again later.' };
}

/** What a page shows instead of its content when loading it failed. */
export function ProblemPage({ error }: Props) {
  const { title, body } = describe(error);
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="govuk-body">{body}</p>
      {error instanceof ApiError && error.correlationId ? (
        <p className="govuk-body-s">Reference: {error.correlationId}</p>
      ) : null}
      <p className="govuk-body">
        <Link to="/" className="govuk-link">
          Go to the Haven home page
        </Link>
      </p>
    </>
  );
}

export function ForbiddenPage() {
  return <ProblemPage error={new ApiError(403, 'FORBIDDEN', 'Forbidden')} />;
}
