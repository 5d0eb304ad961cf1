import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { PupilAttendance } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { SummaryList } from '../../components/SummaryList';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { WarningText } from '../../components/WarningText';
import { can } from '../../lib/actions';
import { formatDate, formatDateTime } from '../../lib/dates';
import { LaNotifiedForm } from './LaNotifiedForm';
import { MarkEntryForm } from './MarkEntryForm';
import { MarksTable } from './MarksTable';
import { OffCalendarWarning } from './OffCalendarWarning';
import { attendanceKeys, usePupilAttendance } from './queries';

function Summary({ data }: { data: PupilAttendance }) {
  const s = data.summary;
  const run = s.run.days
    ? `${String(s.run.days)} school ${s.run.days === 1 ? 'day' : 'days'} (since ${formatDate(s.run.first ?? '')})`
    : 'None';
  return (
    <SummaryList
      rows={[
        { key: 'possible', label: 'Sessions possible', value: String(s.possible) },
        { key: 'present', label: 'Present (or approved activity)', value: String(s.present) },
        { key: 'authorised', label: 'Authorised absence', value: String(s.authorised) },
        { key: 'unauthorised', label: 'Unauthorised absence', value: String(s.unauthorised) },
        {
          key: 'percentage',
          label: 'Attendance',
          value: s.percentage === null ? 'No sessions yet' : `${String(s.percentage)}%`,
        },
        { key: 'run', label: 'Current run of unauthorised absence', value: run },
      ]}
    />
  );
}

/**
 * `/pupils/:id/attendance`: the summary and marks (school staff), marks entry (the office, leaders
 * and the DSL team) and, for the DSL team, the runs the local authority must be told of (D10).
 */
export function PupilAttendancePage() {
  const { id = '' } = useParams();
  const { allowedActions } = useSession();
  const queryClient = useQueryClient();
  const query = usePupilAttendance(id);
  const [notice, setNotice] = useState({ key: 0, text: '' });
  const data = query.data?.data;
  usePageTitle(data ? `Attendance: ${data.pupil.displayName}` : 'Attendance');
  if (query.isError) return <ProblemPage error={query.error} />;
  if (!data) return <Loading what="attendance" />;
  const done = async (text: string) => {
    await queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
    await queryClient.invalidateQueries({ queryKey: ['deadlines'] });
    setNotice((n) => ({ key: n.key + 1, text }));
  };
  const waiting = data.notices.filter((n) => !n.notifiedAt);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/pupils/${encodeURIComponent(id)}`}>Back to the pupil</BackLink>
        <Notice noticeKey={notice.key} text={notice.text} />
        <PageHeading caption={data.pupil.displayName}>Attendance</PageHeading>
        {!data.calendarSet ? (
          <WarningText>
            The school calendar has no terms yet, so no day counts as a school day and runs of
            absence cannot be counted.
          </WarningText>
        ) : null}
        {data.summary.run.days >= 10 ? (
          <WarningText>
            {String(data.summary.run.days)} school days in a row of unauthorised absence: the local
            authority must be told.
          </WarningText>
        ) : null}
        <h2 className="govuk-heading-m">Since {formatDate(data.from)}</h2>
        <OffCalendarWarning off={data.summary.offCalendar} />
        <Summary data={data} />
        {waiting.map((n) => (
          <section key={n.id} aria-labelledby={`notice-${n.id}`}>
            <h2 className="govuk-heading-m" id={`notice-${n.id}`}>
              Tell the local authority
            </h2>
            <p className="govuk-body">
              10 school days of continuous unauthorised absence from {formatDate(n.runFirst)} (the
              tenth was {formatDate(n.reachedOn)}).
              {n.dueAt ? ` Due by ${formatDateTime(n.dueAt)}.` : ''}
            </p>
            <LaNotifiedForm notice={n} onDone={(t) => void done(t)} />
          </section>
        ))}
        {data.notices.some((n) => n.notifiedAt) ? (
          <>
            <h2 className="govuk-heading-m">Local authority told</h2>
            <ul className="govuk-list govuk-list--bullet">
              {data.notices
                .filter((n) => n.notifiedAt)
                .map((n) => (
                  <li key={n.id}>
                    Absence from {formatDate(n.runFirst)}: told {n.notifiedTo} on{' '}
                    {formatDateTime(n.notifiedAt ?? '')}
                    {n.reference ? ` (reference ${n.reference})` : ''}
                  </li>
                ))}
            </ul>
          </>
        ) : null}
        {can(allowedActions, 'attendance.record') ? (
          <>
            <h2 className="govuk-heading-m">Enter marks</h2>
            <MarkEntryForm pupilId={id} onDone={(t) => void done(t)} />
          </>
        ) : null}
        <h2 className="govuk-heading-m">Marks</h2>
        <MarksTable days={data.days} />
      </div>
    </div>
  );
}
