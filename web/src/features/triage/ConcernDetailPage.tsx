import { useState } from 'react';
import { useParams } from 'react-router';
import type { Person, Staff } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { WarningText } from '../../components/WarningText';
import { can } from '../../lib/actions';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { teamStatus } from '../concerns/labels';
import { useConcern, useLevelsOfNeed, useStaffForConcerns } from '../concerns/queries';
import { DisclosuresSection } from '../referrals/DisclosuresSection';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { ActionsSection } from './ActionsSection';
import { AddendaSection } from './AddendaSection';
import { ChildrenSection } from './ChildrenSection';
import { ConcernSummary } from './ConcernSummary';
import { DecisionsSection } from './DecisionsSection';
import { AcknowledgeButton, Handling } from './Handling';
import { ReconsiderationSection } from './ReconsiderationSection';
import { RecordedWords } from './RecordedWords';

const inTeam = (s: Staff) => !s.disabled && s.roles.some((r) => r === 'dsl' || r === 'deputy_dsl');

/** `/concerns/:id` for the DSL team: everything recorded, and every triage step. */
export function ConcernDetailPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const concern = useConcern(id);
  const levels = useLevelsOfNeed();
  const staff = useStaffForConcerns(can(session.allowedActions, 'staff.list'));
  const [notice, setNotice] = useState<{ key: number; text: string; error?: boolean }>({
    key: 0,
    text: '',
  });
  const data = concern.data?.data;
  usePageTitle(data ? `Concern ${data.reference}` : 'Concern');

  if (concern.isError) return <ProblemPage error={concern.error} />;
  if (!data || !concern.data) return <Loading what="concern" />;
  const actions = concern.data.allowedActions.length
    ? concern.data.allowedActions
    : session.allowedActions;
  const canTriage = can(actions, 'concern.triage');
  // Someone the alerts reached while the DSL team was away: they may read and acknowledge.
  const canRespond = can(actions, 'concern.respond');
  const everyone = staff.data?.data.filter((s) => !s.disabled);
  const team = everyone?.filter(inTeam);
  const me: Person = { id: session.me.user.id, fullName: session.me.user.fullName };
  const people: Person[] = everyone?.length ? everyone : [me];
  const ownerName = data.ownerId
    ? (everyone?.find((s) => s.id === data.ownerId)?.fullName ??
      (data.ownerId === me.id ? me.fullName : undefined))
    : undefined;
  const status = teamStatus(data.status);
  const canRefer = canTriage && can(session.allowedActions, 'referral.manage');
  const children = data.children.map((c) => ({ id: c.pupilId, name: c.displayName }));
  const onResult = (text: string, error?: boolean) =>
    setNotice((n) => ({ key: n.key + 1, text, error }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {canTriage ? (
          <BackLink to="/inbox">Back to inbox</BackLink>
        ) : (
          <BackLink to="/notifications">Back to notifications</BackLink>
        )}
        <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
        <PageHeading caption={data.kind === 'wellbeing' ? 'Wellbeing note' : 'Concern'}>
          {data.reference}
        </PageHeading>
        <ul className="haven-tag-list">
          {data.immediateRisk ? (
            <li>
              <Tag colour="red" strong>
                Urgent
              </Tag>
            </li>
          ) : null}
          <li>
            <Tag colour={status.colour}>{status.text}</Tag>
          </li>
        </ul>
        {data.immediateRisk && !data.acknowledgedAt ? (
          <WarningText>
            The recorder said the child may be at risk of immediate harm. Acknowledge this now.
          </WarningText>
        ) : null}
        {!canTriage && canRespond ? (
          <p className="govuk-body" data-testid="stepping-in">
            You were alerted because nobody in the safeguarding team was available. Acknowledge it
            to stop the alerts, then make sure the DSL or a deputy picks it up, or act on it
            yourself if a child is at risk.
          </p>
        ) : null}
        {canRespond && !data.acknowledgedAt ? (
          <AcknowledgeButton concern={data} onResult={onResult} />
        ) : null}
        {canTriage && data.reconsideration && !data.reconsideration.answer ? (
          <WarningText>
            {data.reconsideration.requestedBy?.fullName ?? 'The recorder'} has asked the DSL team to
            reconsider. Their reason and the answer form are under “Asked to reconsider”.
          </WarningText>
        ) : null}
        {data.fingerprintMatches === false ? (
          <WarningText>
            This record has changed since it was sent. See{' '}
            <a className="govuk-link" href="#fingerprint-heading">
              Record fingerprint
            </a>
            .
          </WarningText>
        ) : null}
        <ConcernSummary concern={data} ownerName={ownerName} />
        <ChildrenSection concern={data} canOpenFiles={canTriage} />
        <RecordedWords concern={data} />
        <section aria-labelledby="fingerprint-heading">
          <h2 className="govuk-heading-m" id="fingerprint-heading">
            Record fingerprint
          </h2>
          {/* Before the 64 characters of the fingerprint, which a screen reader reads out. */}
          {data.fingerprintMatches === false ? (
            <WarningText>
              The record no longer matches its fingerprint: something changed it after it was sent.
              Tell your Haven administrator, and keep using the record with care.
            </WarningText>
          ) : null}
          <p className="govuk-body">
            <code className="haven-code haven-hash">{data.contentHash}</code>
          </p>
          {data.fingerprintMatches ? (
            <p className="govuk-body" data-testid="fingerprint-checked">
              Checked just now: the record is exactly as it was sent.
            </p>
          ) : null}
          <p className="govuk-body-s haven-secondary-text">
            This was worked out from the record when it was sent, so any later change would show.
          </p>
        </section>
        <AddendaSection concern={data} />
        <AttachmentsSection concern={data} onResult={onResult} />
        <ReconsiderationSection concern={data} canAnswer={canTriage} />
        {canTriage ? <Handling concern={data} team={team} onResult={onResult} /> : null}
        <DecisionsSection
          concern={data}
          levels={levels.data?.data}
          canDecide={canTriage}
          onResult={onResult}
        />
        {canRefer ? (
          <>
            <ReferralsSection
              links={{ concernId: data.id }}
              pupils={children}
              concernId={data.id}
              onResult={onResult}
            />
            <DisclosuresSection
              links={{ concernId: data.id }}
              pupils={children}
              concernId={data.id}
              onResult={onResult}
            />
          </>
        ) : null}
        <ActionsSection concern={data} people={people} canAct={canTriage} onResult={onResult} />
      </div>
    </div>
  );
}
