import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { WarningText } from '../../components/WarningText';
import { can } from '../../lib/actions';
import { ContactsSummary } from './ContactsSummary';
import { PupilDetails } from './PupilDetails';
import { PupilTags } from './PupilTags';
import { usePupil } from './queries';

const NOTICES: Record<string, string> = { created: 'Pupil added', updated: 'Changes saved' };

export function PupilViewPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const pupil = usePupil(id);
  usePageTitle('Pupil');

  if (pupil.isError) return <ProblemPage error={pupil.error} />;
  if (!pupil.data) return <Loading what="pupil" />;
  const data = pupil.data.data;
  const actions = pupil.data.allowedActions.length
    ? pupil.data.allowedActions
    : session.allowedActions;
  const phoneCount = data.emergencyContacts.reduce((n, c) => n + c.phones.length, 0);
  const notice = NOTICES[(location.state as { notice?: string } | null)?.notice ?? ''];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/pupils">Back to pupils</BackLink>
        {notice ? <NotificationBanner success heading={notice} /> : null}
        <PageHeading caption="Pupil">{data.displayName}</PageHeading>
        <PupilTags pupil={data} />
        {data.isAdult ? (
          <WarningText>
            This pupil is 18 or over. Concerns about them are adult safeguarding: speak to the DSL
            about referring to adult social care.
          </WarningText>
        ) : null}
        {phoneCount < 2 ? (
          <WarningText>Fewer than two emergency contact numbers</WarningText>
        ) : null}
        {can(actions, 'pupil.update') ? (
          <p className="govuk-body">
            <Link to={`/pupils/${encodeURIComponent(data.id)}/edit`} className="govuk-link">
              Change pupil details
            </Link>
          </p>
        ) : null}
        {can(session.allowedActions, 'attendance.read') ? (
          <p className="govuk-body">
            <Link to={`/pupils/${encodeURIComponent(data.id)}/attendance`} className="govuk-link">
              Attendance
            </Link>
          </p>
        ) : null}
        {/* By role only: a colleague with a grant finds the file under "Files shared with you",
            so for them this page is the same whether or not the child has a file. */}
        {can(session.allowedActions, 'file.read') ? (
          <p className="govuk-body">
            <Link to={`/files/${encodeURIComponent(data.id)}`} className="govuk-link">
              Child protection file
            </Link>
          </p>
        ) : null}
        <h2 className="govuk-heading-m">Details</h2>
        <PupilDetails pupil={data} />
        <h2 className="govuk-heading-m">Emergency contacts</h2>
        <ContactsSummary contacts={data.emergencyContacts} />
      </div>
    </div>
  );
}
