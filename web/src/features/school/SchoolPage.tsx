import { useState } from 'react';
import { useSchool } from '../../api/queries';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { SchoolForm } from './SchoolForm';

export function SchoolPage() {
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
      </div>
    </div>
  );
}
