import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useAttendanceWatch } from './queries';

const KIND_LABELS: Record<string, string> = {
  child_protection: 'child protection plan',
  child_in_need: 'child in need plan',
};

/** What the DSL team watches: runs to report to the local authority (D10), children on plans (D39). */
function Watch() {
  const watch = useAttendanceWatch(true);
  const data = watch.data?.data;
  if (!data) return <Loading what="what needs you" />;
  return (
    <>
      <h2 className="govuk-heading-m">Tell the local authority</h2>
      {data.notices.length === 0 ? (
        <p className="govuk-body">No pupil is waiting to be reported.</p>
      ) : (
        <ul className="govuk-list" data-testid="la-notices">
          {data.notices.map((n) => (
            <li key={n.id}>
              <Link
                to={`/pupils/${encodeURIComponent(n.pupilId)}/attendance`}
                className="govuk-link"
              >
                {n.pupilName}
              </Link>
              : 10 school days of unauthorised absence from {formatDate(n.runFirst)}
              {n.dueAt ? `, due by ${formatDateTime(n.dueAt)}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Children on a plan: absences in the last two weeks</h2>
      {data.onPlans.length === 0 ? (
        <p className="govuk-body">No child is on an open plan.</p>
      ) : (
        <ul className="govuk-list" data-testid="on-plans">
          {data.onPlans.map((p) => (
            <li key={p.pupilId}>
              <Link
                to={`/pupils/${encodeURIComponent(p.pupilId)}/attendance`}
                className="govuk-link"
              >
                {p.pupilName}
              </Link>{' '}
              ({p.kinds.map((k) => KIND_LABELS[k] ?? k).join(', ')}):{' '}
              {p.absences.length
                ? p.absences.map((a) => `${formatDate(a.date)} ${a.session} ${a.code}`).join('; ')
                : 'no absences'}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** `/attendance`: where the office imports marks and the DSL team sees what needs them. */
export function AttendancePage() {
  usePageTitle('Attendance');
  const { allowedActions } = useSession();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Attendance</PageHeading>
        <p className="govuk-body">
          A pupil’s attendance is on their page: find them in{' '}
          <Link to="/pupils" className="govuk-link">
            Pupils
          </Link>
          . The local authority must be told of any pupil absent without permission for 10 school
          days in a row; Haven counts them on the school calendar and sets a deadline.
        </p>
        <ul className="govuk-list">
          {can(allowedActions, 'attendance.import') ? (
            <li>
              <Link to="/attendance/import" className="govuk-link">
                Import attendance marks
              </Link>
            </li>
          ) : null}
          {can(allowedActions, 'cme.manage') ? (
            <li>
              <Link to="/cme" className="govuk-link">
                Children missing education
              </Link>
            </li>
          ) : null}
          <li>
            <Link to="/attendance/codes" className="govuk-link">
              The national attendance codes
            </Link>
          </li>
        </ul>
        {can(allowedActions, 'attendance.notify') ? <Watch /> : null}
      </div>
    </div>
  );
}
