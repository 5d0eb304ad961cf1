import { Link } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { yearGroupLabel } from '../../lib/yearGroups';
import { gapsInWords } from './labels';
import { useContactGaps } from './queries';

const numbersInWords = (n: number) =>
  n === 0 ? 'None' : n === 1 ? '1 number' : `${String(n)} numbers`;

/**
 * `/pupils/contact-gaps` (all staff who see pupils): pupils with fewer than two emergency
 * contact numbers (D11), fewest first, for the office to chase.
 */
export function ContactGapsPage() {
  const gaps = useContactGaps();
  usePageTitle('Pupils with fewer than two emergency numbers');

  if (gaps.isError) return <ProblemPage error={gaps.error} />;
  const list = gaps.data?.data;
  return (
    <>
      <BackLink to="/pupils">Pupils</BackLink>
      <PageHeading>Pupils with fewer than two emergency numbers</PageHeading>
      <p className="govuk-body">
        Every pupil should have at least two different emergency contact numbers, so that the school
        can reach someone when it must. The same number twice counts once.
      </p>
      {!list ? (
        <Loading what="pupils" />
      ) : list.length === 0 ? (
        <p className="govuk-body" data-testid="contact-gaps-count">
          Every pupil has at least two emergency contact numbers.
        </p>
      ) : (
        <>
          <p className="govuk-body" data-testid="contact-gaps-count">
            {gapsInWords(list.length)}.
          </p>
          <table className="govuk-table haven-responsive-table" data-testid="contact-gaps">
            <caption className="govuk-table__caption govuk-visually-hidden">
              Pupils with fewer than two emergency contact numbers, fewest first
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Year group
                </th>
                <th scope="col" className="govuk-table__header">
                  Numbers on record
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {list.map((p) => (
                <tr className="govuk-table__row" key={p.id}>
                  <th scope="row" className="govuk-table__header" data-label="Name">
                    <Link to={`/pupils/${encodeURIComponent(p.id)}`} className="govuk-link">
                      {p.displayName}
                    </Link>
                  </th>
                  <td className="govuk-table__cell" data-label="Year group">
                    {yearGroupLabel(p.yearGroup)}
                  </td>
                  <td className="govuk-table__cell" data-label="Numbers on record">
                    {numbersInWords(p.numbers)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
