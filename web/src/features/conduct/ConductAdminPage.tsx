import { useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { ConductReportTable } from './ConductReportTable';
import { plural, ukDate } from './format';
import { PublishForm } from './PublishForm';
import { publishConduct, useConductChange, useConductReport } from './queries';

/**
 * `/school/conduct` (headteacher, school administrator, DSL): who has acknowledged the current
 * code of conduct, outstanding first (D48); the headteacher and administrator publish new
 * versions, which everyone must acknowledge again.
 */
export function ConductAdminPage() {
  const { allowedActions } = useSession();
  const report = useConductReport();
  const change = useConductChange();
  const [notice, setNotice] = useState({ key: 0, text: '' });
  const [withErrors, setWithErrors] = useState(false);
  usePageTitle('Code of conduct acknowledgements', withErrors);
  const canPublish = can(allowedActions, 'conduct.publish');

  if (report.isError) return <ProblemPage error={report.error} />;
  if (!report.data) return <Loading what="acknowledgements" />;
  const { current, people, acknowledged, outstanding } = report.data.data;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Notice noticeKey={notice.key} text={notice.text} />
        <PageHeading>Code of conduct acknowledgements</PageHeading>
        {!current ? (
          <p className="govuk-body" data-testid="conduct-none">
            No code of conduct has been published yet, so nobody has anything to acknowledge.
            {canPublish ? ' Publish the first version below.' : ''}
          </p>
        ) : (
          <>
            <p className="govuk-body" data-testid="conduct-current">
              The current version is version {String(current.version)},{' '}
              <span className="haven-break">“{current.title}”</span>, published on{' '}
              {ukDate(current.publishedAt)} by {current.publishedBy.fullName}.{' '}
              <Link to="/conduct" className="govuk-link">
                Read the code of conduct
              </Link>
            </p>
            <section aria-labelledby="conduct-counts">
              <h2 className="govuk-heading-m" id="conduct-counts">
                Who has acknowledged it
              </h2>
              <ul className="govuk-list govuk-list--bullet" data-testid="conduct-counts">
                <li>{plural(acknowledged, 'person has', 'people have')} acknowledged it</li>
                <li>
                  {outstanding === 0
                    ? 'Everyone has acknowledged it'
                    : `${plural(outstanding, 'person has', 'people have')} not acknowledged it yet`}
                </li>
              </ul>
              {people.length > 0 ? (
                <ConductReportTable people={people} version={current.version} />
              ) : (
                <p className="govuk-body">There are no staff accounts yet.</p>
              )}
            </section>
          </>
        )}
        {canPublish ? (
          <section aria-labelledby="conduct-publish-heading">
            <h2 className="govuk-heading-m" id="conduct-publish-heading">
              {current ? 'Publish a new version' : 'Publish the code of conduct'}
            </h2>
            <p className="govuk-body">
              Everyone signed in to Haven will be asked to read it and confirm they will follow it.
            </p>
            <PublishForm
              current={current}
              onErrors={setWithErrors}
              onPublish={async (input) => {
                const { data } = await change(() => publishConduct(input));
                setNotice((n) => ({
                  key: n.key + 1,
                  text: `Version ${String(data.version)} published. Everyone must now read and acknowledge it.`,
                }));
              }}
            />
          </section>
        ) : null}
      </div>
    </div>
  );
}
