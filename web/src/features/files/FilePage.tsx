import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { FileEntry } from '../../api/types';
import { Details } from '../../components/Details';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { needsMfa, SetUpMfaFirst } from './SetUpMfaFirst';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { WarningText } from '../../components/WarningText';
import { can } from '../../lib/actions';
import { useStaffForConcerns } from '../concerns/queries';
import { ChildDeadlines } from '../deadlines/ChildDeadlines';
import { MeetingsSection } from '../referrals/MeetingsSection';
import { PlansSection } from '../attendance/PlansSection';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { AccessSection } from './AccessSection';
import { Chronology } from './Chronology';
import { ChronologyFilters } from './ChronologyFilters';
import { ContactNoteForm } from './ContactNoteForm';
import { PupilSummary } from './PupilSummary';
import { fileKeys, filePath, useChildFile } from './queries';
import { useAccessEnded } from './useAccessEnded';
import { ViewersTable } from './ViewersTable';

function fileHref(pupilId: string, kind: string, significant: boolean): string {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (significant) params.set('significant', 'true');
  const query = params.toString();
  return `/files/${encodeURIComponent(pupilId)}${query ? `?${query}` : ''}`;
}

/** What replaces an open file once the access it was opened under has ended. */
function AccessEnded({ pupilId }: { pupilId: string }) {
  const queryClient = useQueryClient();
  // Nothing of the file stays in memory once it may no longer be read.
  useEffect(
    () => queryClient.removeQueries({ queryKey: ['files', pupilId] }),
    [queryClient, pupilId],
  );
  return (
    <>
      <PageHeading>Your access to this file has ended</PageHeading>
      <p className="govuk-body">
        The access you were given to this child protection file has ended or been withdrawn. If you
        still need to know, ask the designated safeguarding lead.
      </p>
      <p className="govuk-body">
        <Link to="/files/shared" className="govuk-link">
          Files shared with you
        </Link>
      </p>
    </>
  );
}

/**
 * `/files/:pupilId`: the child protection file. Anyone without access gets the same "not found"
 * as for a child with no file, so the page reveals nothing.
 */
export function FilePage() {
  const { pupilId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const kind = params.get('kind') ?? '';
  const significant = params.get('significant') === 'true';
  // Once a colleague's access has ended, the file is never asked for again from this page. Kept
  // by child: the page stays mounted when they go on to another file shared with them.
  const [endedFor, setEndedFor] = useState<string | null>(null);
  const ended = endedFor === pupilId;
  const file = useChildFile(pupilId, kind, significant, !ended);
  const actions = file.data?.allowedActions ?? [];
  const canGrant = can(actions, 'file.grant');
  // Someone let into this one file reads nothing but it: no other right on it.
  const grantee = file.data !== undefined && !can(actions, 'file.write');
  const endedNow = useAccessEnded(pupilId, grantee);
  useEffect(() => {
    if (endedNow) setEndedFor(pupilId);
  }, [endedNow, pupilId]);
  const staff = useStaffForConcerns(canGrant && can(session.allowedActions, 'staff.list'));
  const [notice, setNotice] = useState<{ key: number; text: string; error?: boolean }>({
    key: 0,
    text: '',
  });
  usePageTitle('Child protection file');
  const onResult = (text: string, error?: boolean) =>
    setNotice((n) => ({ key: n.key + 1, text, error }));

  async function mark(entry: FileEntry) {
    try {
      await api.post(`${filePath(pupilId)}/entries/${encodeURIComponent(entry.id)}/significant`, {
        significant: !entry.significant,
      });
      await queryClient.invalidateQueries({ queryKey: fileKeys.all });
    } catch (error) {
      onResult(error instanceof Error ? error.message : 'Something went wrong', true);
    }
  }

  if (ended || endedNow) return <AccessEnded pupilId={pupilId} />;
  if (file.isError)
    return needsMfa(file.error) ? <SetUpMfaFirst /> : <ProblemPage error={file.error} />;
  if (!file.data) return <Loading what="file" />;
  const data = file.data.data;
  const canWrite = can(actions, 'file.write');
  // Referrals, meetings and deadlines are the DSL team's (not a colleague given access).
  const dslTeam = can(session.allowedActions, 'referral.manage') && canWrite;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
        <PageHeading caption={data.pupil.displayName}>Child protection file</PageHeading>
        {data.pupil.isAdult ? (
          <WarningText>
            This pupil is 18 or over. New concerns are adult safeguarding: consider adult social
            care.
          </WarningText>
        ) : null}
        <PupilSummary file={data} />
        <h2 className="govuk-heading-m">Chronology</h2>
        <p className="govuk-body govuk-!-margin-bottom-1">
          <a
            href={`${filePath(pupilId)}/chronology.pdf`}
            download="chronology.pdf"
            className="govuk-link"
            aria-describedby="chronology-pdf-hint"
          >
            Download chronology (PDF)
          </a>
        </p>
        <p className="govuk-hint" id="chronology-pdf-hint">
          Marked confidential. Downloading it is recorded.
        </p>
        <ChronologyFilters
          key={`${kind}|${String(significant)}`}
          kind={kind}
          significant={significant}
          onApply={(k, s) => void navigate(fileHref(pupilId, k, s))}
        />
        <Chronology
          entries={data.chronology}
          canMark={canWrite}
          canOpenConcerns={can(session.allowedActions, 'concern.triage')}
          onMark={(entry) => void mark(entry)}
        />
        {canWrite ? (
          <Details summary="Add a contact note">
            <ContactNoteForm pupilId={pupilId} />
          </Details>
        ) : null}
        {dslTeam ? (
          <>
            <ChildDeadlines pupilId={pupilId} onResult={onResult} />
            <ReferralsSection
              links={{ pupilId }}
              pupils={[{ id: pupilId, name: data.pupil.displayName }]}
              concernId={null}
              onResult={onResult}
            />
            <MeetingsSection pupilId={pupilId} onResult={onResult} />
            {can(session.allowedActions, 'plan.manage') ? <PlansSection pupilId={pupilId} /> : null}
          </>
        ) : null}
        {canGrant ? (
          <>
            <AccessSection pupilId={pupilId} staff={staff.data?.data} onResult={onResult} />
            <ViewersTable pupilId={pupilId} />
          </>
        ) : null}
      </div>
    </div>
  );
}
