import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { SearchForm } from '../../components/SearchForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { useStaffList } from './queries';
import { StaffTable } from './StaffTable';

function listHref(q: string, includeDisabled: boolean): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (includeDisabled) params.set('includeDisabled', 'true');
  const query = params.toString();
  return query ? `/staff?${query}` : '/staff';
}

export function StaffListPage() {
  const { allowedActions } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const includeDisabled = params.get('includeDisabled') === 'true';
  const list = useStaffList(q, includeDisabled);
  usePageTitle('Staff');

  if (list.isError) return <ProblemPage error={list.error} />;
  const staff = list.data?.data;
  return (
    <>
      <PageHeading>Staff</PageHeading>
      {can(allowedActions, 'staff.create') ? (
        <Link to="/staff/new" className="govuk-button">
          Add a member of staff
        </Link>
      ) : null}
      <SearchForm
        key={q}
        id="q"
        label="Search by name or email"
        initial={q}
        onSearch={(next) => void navigate(listHref(next, includeDisabled))}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={listHref(q, !includeDisabled)}>
          {includeDisabled ? 'Hide disabled accounts' : 'Show disabled accounts too'}
        </Link>
      </p>
      {!staff ? (
        <Loading what="staff" />
      ) : staff.length === 0 ? (
        <p className="govuk-body">No staff match your search.</p>
      ) : (
        <>
          <p className="govuk-body">
            {staff.length === 1 ? '1 person' : `${String(staff.length)} people`}
          </p>
          <StaffTable staff={staff} />
        </>
      )}
    </>
  );
}
