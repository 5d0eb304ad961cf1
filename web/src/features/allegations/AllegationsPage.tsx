import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { DeadlineFilters } from '../deadlines/DeadlineFilters';
import { plural } from '../deadlines/format';
import { CaseTable } from './CaseTable';
import { PatternsSection } from './PatternsSection';
import { useAllegations, type AllegationView } from './queries';

const hrefFor = (view: string) => (view === 'closed' ? '/allegations?view=closed' : '/allegations');

/**
 * `/allegations` (everyone signed in): the concerns about adults I handle, as case manager or
 * because the case manager added me. For everyone else the list is simply empty, and says so
 * without hinting that any case exists.
 */
export function AllegationsPage() {
  const { allowedActions } = useSession();
  const [params] = useSearchParams();
  const view: AllegationView = params.get('view') === 'closed' ? 'closed' : 'open';
  const list = useAllegations(view);
  usePageTitle('Concerns about adults');

  if (list.isError) return <ProblemPage error={list.error} />;
  const cases = list.data?.data;
  const overdue = cases?.filter((c) => c.ladoOverdue).length ?? 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <PageHeading>Concerns about adults</PageHeading>
        <p className="govuk-body">
          Allegations and low-level concerns about adults who work with children. Only the case
          manager and the people they add can see a case.
        </p>
        {can(allowedActions, 'allegation.raise') ? (
          <p className="govuk-body">
            <Link to="/allegations/new" className="govuk-link">
              Raise a concern about an adult
            </Link>
          </p>
        ) : null}
        {can(allowedActions, 'allegation.configure') ? (
          <p className="govuk-body">
            <Link to="/allegations/settings" className="govuk-link">
              Retention and pattern settings
            </Link>
          </p>
        ) : null}
        <PatternsSection />
        <DeadlineFilters
          label="Which cases"
          current={view}
          choices={[
            { value: 'open', label: 'Open' },
            { value: 'closed', label: 'Closed' },
          ]}
          hrefFor={hrefFor}
        />
        <h2 className="govuk-heading-m">
          {view === 'open' ? 'Open cases you handle' : 'Closed cases you handled'}
        </h2>
        {!cases ? (
          <Loading what="cases" />
        ) : cases.length === 0 ? (
          <p className="govuk-body" data-testid="allegations-empty">
            {view === 'open' ? 'You have no open cases to handle.' : 'You have no closed cases.'}
          </p>
        ) : (
          <>
            <p className="govuk-body" role="status">
              {plural(cases.length, 'case', 'cases')}
              {view === 'open' && overdue
                ? `, ${plural(overdue, 'with the LADO deadline passed', 'with the LADO deadline passed')}`
                : ''}
            </p>
            <CaseTable
              cases={cases}
              caption={view === 'open' ? 'Open cases you handle' : 'Closed cases you handled'}
            />
          </>
        )}
      </div>
    </div>
  );
}
