import { useState } from 'react';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { useStaffMember } from './queries';
import { StaffAccountActions, type ActionResult } from './StaffAccountActions';
import { StaffEdit } from './StaffEdit';
import { StaffSummary } from './StaffSummary';

function ResultBanner({ result }: { result: ActionResult }) {
  if (result.kind === 'error') return <NotificationBanner heading={result.text} />;
  if (result.kind === 'notice') return <NotificationBanner success heading={result.text} />;
  return (
    <NotificationBanner success heading="New invite link created">
      <p className="govuk-body">
        Give this link to them. It works once, for 7 days. You will not see it again.
      </p>
      <code className="haven-invite-link haven-invite-link--dark" data-testid="invite-link">
        {result.link}
      </code>
    </NotificationBanner>
  );
}

export function StaffDetailPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const member = useStaffMember(id);
  const [result, setResult] = useState<ActionResult | undefined>();
  usePageTitle('Member of staff');

  if (member.isError) return <ProblemPage error={member.error} />;
  if (!member.data) return <Loading what="member of staff" />;
  const staff = member.data.data;
  const actions = member.data.allowedActions.length
    ? member.data.allowedActions
    : session.allowedActions;
  const canUpdate = can(actions, 'staff.update');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/staff">Back to staff</BackLink>
        {result ? <ResultBanner result={result} /> : null}
        <PageHeading caption="Member of staff">{staff.fullName}</PageHeading>
        <StaffSummary staff={staff} />
        <StaffAccountActions
          staff={staff}
          isSelf={staff.id === session.me.user.id}
          canUpdate={canUpdate}
          canResetMfa={can(actions, 'staff.resetMfa')}
          onResult={setResult}
        />
        {canUpdate ? (
          <StaffEdit
            staff={staff}
            onSaved={() => setResult({ kind: 'notice', text: 'Changes saved' })}
          />
        ) : null}
      </div>
    </div>
  );
}
