import { Link } from 'react-router';
import { useSchool } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { isDslTeam, raisesConcernsWithDsl, rolesInWords } from '../../lib/roles';
import { ConductReminder } from '../conduct/ConductReminder';
import { DeadlinesPanel } from '../deadlines/DeadlinesPanel';
import { ContactGapsCount } from '../imports/ContactGapsCount';
import { Availability } from './Availability';
import { HomeLinks } from './HomeLinks';
import { MissingRoles } from './MissingRoles';
import { OwnReferrals } from './OwnReferrals';
import { RaiseConcern } from './RaiseConcern';
import { SafeguardingTeam } from './SafeguardingTeam';

export function HomePage() {
  const { me, allowedActions } = useSession();
  const school = useSchool(can(allowedActions, 'school.read'));
  usePageTitle('Home');
  const isAdmin = can(allowedActions, 'school.update') || can(allowedActions, 'staff.create');
  const schoolData = school.data?.data;

  return (
    <>
      <PageHeading caption={me.school.name}>Home</PageHeading>
      <p className="govuk-body">
        Signed in as <strong>{me.user.fullName}</strong> ({rolesInWords(me.user.roles)})
      </p>
      {can(allowedActions, 'conduct.read') ? <ConductReminder /> : null}
      {isAdmin && schoolData ? (
        <MissingRoles
          roles={schoolData.missingRoles}
          canManageStaff={can(allowedActions, 'staff.update')}
        />
      ) : null}
      {raisesConcernsWithDsl(me.user.roles) ? (
        <RaiseConcern school={schoolData} canRecord={can(allowedActions, 'concern.create')} />
      ) : null}
      {can(allowedActions, 'deadline.readOwn') ? (
        <DeadlinesPanel scope={can(allowedActions, 'deadline.readAll') ? 'school' : 'mine'} />
      ) : null}
      {can(allowedActions, 'pupil.list') ? <ContactGapsCount /> : null}
      <HomeLinks allowedActions={allowedActions} />
      {can(allowedActions, 'referral.recordOwn') ? <OwnReferrals /> : null}
      {isDslTeam(me.user.roles) ? (
        <Availability unavailableUntil={me.user.unavailableUntil} />
      ) : null}
      {!me.user.mfaEnrolled ? (
        <p className="govuk-body">
          <Link to="/mfa/enrol" className="govuk-link">
            Set up an authenticator app
          </Link>{' '}
          to protect your account with a code as well as your password.
        </p>
      ) : null}
      {school.isPending && school.fetchStatus !== 'idle' ? (
        <Loading what="your safeguarding team" />
      ) : null}
      {school.isError ? (
        <p className="govuk-body">Your safeguarding team could not be loaded. Try again later.</p>
      ) : null}
      {schoolData ? <SafeguardingTeam school={schoolData} /> : null}
    </>
  );
}
