import { useState } from 'react';
import { Link } from 'react-router';
import { useSchool } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { SchoolForm } from './SchoolForm';

export function SchoolPage() {
  const { allowedActions } = useSession();
  const school = useSchool();
  const [saved, setSaved] = useState(false);
  usePageTitle('School settings');

  if (school.isError) return <ProblemPage error={school.error} />;
  if (!school.data) return <Loading what="school" />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {saved ? <NotificationBanner success heading="Changes saved" /> : null}
        <SchoolForm school={school.data.data} onSaved={() => setSaved(true)}>
          <PageHeading>School settings</PageHeading>
        </SchoolForm>
        <h2 className="govuk-heading-m">Safeguarding contacts</h2>
        <p className="govuk-body">
          The local numbers on the “Who to tell and who to ring” poster that everyone can see.
        </p>
        <p className="govuk-body">
          <Link to="/contacts/edit" className="govuk-link">
            Edit contacts
          </Link>
        </p>
        {can(allowedActions, 'category.manage') ? (
          <>
            <h2 className="govuk-heading-m">Categories of concern</h2>
            <p className="govuk-body">
              The kinds of concern staff choose from when they record one.
            </p>
            <p className="govuk-body">
              <Link to="/school/categories" className="govuk-link">
                Change categories
              </Link>
            </p>
            <h2 className="govuk-heading-m">Levels of need</h2>
            <p className="govuk-body">
              The levels the DSL team chooses from when they record a decision.
            </p>
            <p className="govuk-body">
              <Link to="/school/levels-of-need" className="govuk-link">
                Change levels of need
              </Link>
            </p>
          </>
        ) : null}
        <h2 className="govuk-heading-m">Email</h2>
        <p className="govuk-body">
          Without an email server, Haven keeps the alerts it would have emailed in a local outbox.
        </p>
        <p className="govuk-body">
          <Link to="/outbox" className="govuk-link">
            See the local outbox
          </Link>
        </p>
      </div>
    </div>
  );
}
