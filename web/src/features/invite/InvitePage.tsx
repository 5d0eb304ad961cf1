import { useState } from 'react';
import { Link } from 'react-router';
import { Panel } from '../../components/Panel';
import { PageHeading } from '../../components/PageHeading';
import { useHashToken } from '../../components/useHashToken';
import { usePageTitle } from '../../components/usePageTitle';
import { InviteForm } from './InviteForm';

function Done({ email }: { email: string }) {
  usePageTitle('Your password is set');
  return (
    <>
      <Panel title="Your password is set">{email ? `You can now sign in as ${email}` : null}</Panel>
      <p className="govuk-body">
        <Link to="/sign-in" className="govuk-link">
          Sign in to Haven
        </Link>
      </p>
    </>
  );
}

function MissingToken() {
  usePageTitle('This invite link is not complete');
  return (
    <>
      <PageHeading>This invite link is not complete</PageHeading>
      <p className="govuk-body">
        Open the full link you were given. If it still does not work, ask your school administrator
        for a new invite link.
      </p>
    </>
  );
}

export function InvitePage() {
  const token = useHashToken();
  const [acceptedEmail, setAcceptedEmail] = useState<string | undefined>();
  let content;
  if (acceptedEmail !== undefined) content = <Done email={acceptedEmail} />;
  else if (!token) content = <MissingToken />;
  else content = <InviteForm token={token} onAccepted={setAcceptedEmail} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{content}</div>
    </div>
  );
}
