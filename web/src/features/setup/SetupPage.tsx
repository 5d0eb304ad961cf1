import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { useHashToken } from '../../components/useHashToken';
import { usePageTitle } from '../../components/usePageTitle';
import { SetupForm } from './SetupForm';

function Message({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {children}
    </>
  );
}

export function SetupPage() {
  const token = useHashToken();
  const status = useQuery({
    queryKey: ['setup-status'],
    queryFn: () => api.get<{ needed: boolean }>('/api/setup/status', { quietAuth: true }),
    staleTime: 0,
    gcTime: 0,
  });

  let content: ReactNode;
  if (status.isError) content = <ProblemPage error={status.error} />;
  else if (!status.data) content = <Loading />;
  else if (!status.data.data.needed)
    content = (
      <Message title="Haven is already set up">
        <p className="govuk-body">
          This school&apos;s Haven has been set up.{' '}
          <Link to="/sign-in" className="govuk-link">
            Sign in to Haven
          </Link>
          .
        </p>
      </Message>
    );
  else if (!token)
    content = (
      <Message title="This set-up link is not complete">
        <p className="govuk-body">
          Open the full set-up link that Haven printed when it started. It ends with # and a long
          code.
        </p>
      </Message>
    );
  else content = <SetupForm token={token} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{content}</div>
    </div>
  );
}
