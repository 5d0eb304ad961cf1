import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { InsetText } from '../../components/InsetText';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { AcknowledgeForm } from './AcknowledgeForm';
import { ConductText } from './ConductText';
import { ukDateTime } from './format';
import { acknowledgeConduct, conductKeys, useConduct } from './queries';

/**
 * `/conduct` (everyone): the school's code of conduct for staff, the boundaries of appropriate
 * behaviour with children, and the person's acknowledgement of the current version (D48).
 */
export function ConductPage() {
  const { allowedActions } = useSession();
  const queryClient = useQueryClient();
  const conduct = useConduct();
  const [notice, setNotice] = useState({ key: 0, text: '' });
  const [withErrors, setWithErrors] = useState(false);
  usePageTitle('Code of conduct', withErrors);

  async function acknowledge(versionId: string) {
    const { data } = await acknowledgeConduct(versionId);
    queryClient.setQueryData(conductKeys.mine, { data, allowedActions: [], meta: {} });
    await queryClient.invalidateQueries({ queryKey: conductKeys.all });
    setNotice((n) => ({
      key: n.key + 1,
      text: 'Thank you. Your acknowledgement of the code of conduct has been recorded.',
    }));
  }

  if (conduct.isError) return <ProblemPage error={conduct.error} />;
  if (!conduct.data) return <Loading what="the code of conduct" />;
  const { current, acknowledgedAt } = conduct.data.data;
  const canPublish = can(allowedActions, 'conduct.publish');
  const canReport = can(allowedActions, 'conduct.report');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Notice noticeKey={notice.key} text={notice.text} />
        <PageHeading>Code of conduct</PageHeading>
        {!current ? (
          <>
            <p className="govuk-body" data-testid="conduct-none">
              Your school has not published its code of conduct in Haven yet. There is nothing to
              acknowledge for now.
            </p>
            {canPublish ? (
              <p className="govuk-body">
                <Link to="/school/conduct" className="govuk-link">
                  Publish the code of conduct
                </Link>
              </p>
            ) : null}
          </>
        ) : (
          <>
            <p className="govuk-body">
              The code of conduct sets out the boundaries of appropriate behaviour with children.
              Everyone who works or volunteers at the school reads it when they start, and again
              each time it changes, and confirms they will follow it.
            </p>
            <ConductText version={current} />
            <section aria-labelledby="conduct-acknowledgement">
              <h2 className="govuk-heading-m" id="conduct-acknowledgement">
                Your acknowledgement
              </h2>
              {acknowledgedAt ? (
                <InsetText>
                  <p
                    className="govuk-body govuk-!-margin-bottom-0"
                    data-testid="conduct-acknowledged"
                  >
                    You acknowledged version {String(current.version)} on{' '}
                    {ukDateTime(acknowledgedAt)}.
                  </p>
                </InsetText>
              ) : (
                <AcknowledgeForm
                  version={current}
                  onAcknowledge={acknowledge}
                  onErrors={setWithErrors}
                  onStale={() => queryClient.invalidateQueries({ queryKey: conductKeys.all })}
                />
              )}
            </section>
          </>
        )}
        {current && canReport ? (
          <p className="govuk-body">
            <Link to="/school/conduct" className="govuk-link">
              {canPublish
                ? 'See who has acknowledged it, or publish a new version'
                : 'See who has acknowledged it'}
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
