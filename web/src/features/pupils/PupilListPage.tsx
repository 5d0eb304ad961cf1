import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { SearchForm } from '../../components/SearchForm';
import { SelectInput } from '../../components/SelectInput';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { YEAR_GROUPS } from '../../lib/yearGroups';
import { PupilTable } from './PupilTable';
import { usePupilList } from './queries';

function listHref(q: string, yearGroup: string): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (yearGroup) params.set('yearGroup', yearGroup);
  const query = params.toString();
  return query ? `/pupils?${query}` : '/pupils';
}

export function PupilListPage() {
  const { allowedActions } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const yearGroup = params.get('yearGroup') ?? '';
  const [year, setYear] = useState(yearGroup);
  const list = usePupilList(q, yearGroup);
  usePageTitle('Pupils');

  if (list.isError) return <ProblemPage error={list.error} />;
  const pupils = list.data?.data;
  return (
    <>
      <PageHeading>Pupils</PageHeading>
      {can(allowedActions, 'pupil.create') || can(allowedActions, 'pupil.import') ? (
        <div className="govuk-button-group">
          {can(allowedActions, 'pupil.create') ? (
            <Link to="/pupils/new" className="govuk-button">
              Add a pupil
            </Link>
          ) : null}
          {can(allowedActions, 'pupil.import') ? (
            <Link to="/pupils/import" className="govuk-button govuk-button--secondary">
              Import pupils
            </Link>
          ) : null}
          {can(allowedActions, 'pupil.import') ? (
            <Link to="/pupils/transfer" className="govuk-button govuk-button--secondary">
              Send leavers’ records (CTF)
            </Link>
          ) : null}
        </div>
      ) : null}
      <ul className="govuk-list">
        {can(allowedActions, 'pupil.import') ? (
          <li>
            <Link to="/pupils/changes" className="govuk-link">
              Changes to review
            </Link>{' '}
            from imports
          </li>
        ) : null}
        <li>
          <Link to="/pupils/contact-gaps" className="govuk-link">
            Pupils with fewer than two emergency numbers
          </Link>
        </li>
      </ul>
      <SearchForm
        key={`${q}|${yearGroup}`}
        id="q"
        label="Search by name or UPN"
        initial={q}
        onSearch={(next) => void navigate(listHref(next, year))}
      >
        <SelectInput
          id="yearGroup"
          label="Year group"
          options={YEAR_GROUPS}
          emptyLabel="All year groups"
          value={year}
          onChange={setYear}
        />
      </SearchForm>
      {!pupils ? (
        <Loading what="pupils" />
      ) : pupils.length === 0 ? (
        <p className="govuk-body">
          {q || yearGroup ? 'No pupils match your search.' : 'No pupils have been added yet.'}
        </p>
      ) : (
        <>
          <p className="govuk-body">
            {pupils.length === 1 ? '1 pupil' : `${String(pupils.length)} pupils`}
          </p>
          <PupilTable pupils={pupils} />
        </>
      )}
    </>
  );
}
