import { useState } from 'react';
import { useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { Details } from '../../components/Details';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../components/usePageTitle';
import { can } from '../../lib/actions';
import { TextForm } from '../concerns/TextForm';
import { ActivitySection } from './ActivitySection';
import { CaseChronology } from './CaseChronology';
import { CaseSummary } from './CaseSummary';
import { InvestigationSection } from './InvestigationSection';
import { LadoSection } from './LadoSection';
import { MembersSection } from './MembersSection';
import { OutcomeSection } from './OutcomeSection';
import { stageInWords } from './labels';
import { allegationPath, useAllegation, useCaseAction } from './queries';
import { ThresholdSection } from './ThresholdSection';

/**
 * `/allegations/:id`: one concern about an adult, for its case manager and the people they added.
 * Anyone else, including the person it is about and the DSL, gets the same "not found" as for a
 * case that does not exist.
 */
export function AllegationCasePage() {
  const { id = '' } = useParams();
  const allegation = useAllegation(id);
  const act = useCaseAction(id);
  const [notice, setNotice] = useState<{ key: number; text: string; error?: boolean }>({
    key: 0,
    text: '',
  });
  const data = allegation.data?.data;
  usePageTitle(data ? `Concern about an adult ${data.reference}` : 'Concern about an adult');
  const onResult = (text: string, error?: boolean) =>
    setNotice((n) => ({ key: n.key + 1, text, error }));

  if (allegation.isError) return <ProblemPage error={allegation.error} />;
  if (!data || !allegation.data) return <Loading what="case" />;
  const actions = allegation.data.allowedActions;
  const canWrite = can(actions, 'allegation.write');
  const canManage = can(actions, 'allegation.manage');
  const stage = stageInWords(data.stage, data.outcome?.outcome ?? null);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/allegations">Back to concerns about adults</BackLink>
        <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
        <PageHeading caption="Concern about an adult">{data.reference}</PageHeading>
        <p className="govuk-body" data-testid="allegation-stage">
          <Tag colour={stage.colour}>{stage.text}</Tag>
        </p>
        <p className="govuk-body-s">
          This case is sealed: only the people listed under “Who can see this case” can open it.
          Every time it is opened is recorded.
        </p>
        <CaseSummary c={data} />
        <MembersSection c={data} canManage={canManage} onResult={onResult} />
        <ThresholdSection c={data} canManage={canManage} onResult={onResult} />
        {data.threshold || data.lado || data.ladoPhone ? (
          <LadoSection c={data} canManage={canManage} onResult={onResult} />
        ) : null}
        <InvestigationSection c={data} canWrite={canWrite} onResult={onResult} />
        <OutcomeSection c={data} canManage={canManage} onResult={onResult} />
        <section aria-labelledby="chronology-heading">
          <h2 className="govuk-heading-m" id="chronology-heading">
            Chronology
          </h2>
          <p className="govuk-body govuk-!-margin-bottom-1">
            <a
              href={`${allegationPath(id)}/pdf`}
              download="case-chronology.pdf"
              className="govuk-link"
              aria-describedby="case-pdf-hint"
            >
              Download the case chronology (PDF)
            </a>
          </p>
          <p className="govuk-hint" id="case-pdf-hint">
            For the LADO. Marked confidential. Downloading it is recorded.
          </p>
          {canWrite ? (
            <Details summary="Add a note">
              <TextForm
                id="case-note"
                field="text"
                label="Note"
                hint="For example, a conversation with HR or the person who raised it. It goes on the chronology."
                submitLabel="Add note"
                emptyError="Enter the note"
                doneMessage="Note added to the chronology"
                onSubmit={(text) =>
                  act('/entries', { kind: 'note', step: null, at: new Date().toISOString(), text })
                }
              />
            </Details>
          ) : null}
          <CaseChronology entries={data.chronology} />
        </section>
        <ActivitySection caseId={id} />
      </div>
    </div>
  );
}
