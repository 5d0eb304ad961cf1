import { Link } from 'react-router';
import type { PupilSummary } from '../../api/types';
import { formatDate } from '../../lib/dates';
import { legalName } from '../../lib/pupilNames';
import { yearGroupLabel } from '../../lib/yearGroups';
import { PupilTags } from './PupilTags';

export function PupilTable({ pupils }: { pupils: PupilSummary[] }) {
  return (
    <table className="govuk-table haven-responsive-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Pupils</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Year group
          </th>
          <th scope="col" className="govuk-table__header">
            Date of birth
          </th>
          <th scope="col" className="govuk-table__header">
            UPN
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Flags</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {pupils.map((p) => {
          const legal = legalName(p);
          return (
            <tr className="govuk-table__row" key={p.id}>
              <th scope="row" className="govuk-table__header" data-label="Name">
                <Link to={`/pupils/${encodeURIComponent(p.id)}`} className="govuk-link">
                  {p.displayName}
                </Link>
                {legal !== p.displayName ? (
                  <span className="haven-secondary-text"> ({legal})</span>
                ) : null}
              </th>
              <td className="govuk-table__cell" data-label="Year group">
                {yearGroupLabel(p.yearGroup)}
              </td>
              <td className="govuk-table__cell" data-label="Date of birth">
                {formatDate(p.dateOfBirth)}
              </td>
              <td className="govuk-table__cell haven-break" data-label="UPN">
                {p.upn ?? ''}
              </td>
              <td className="govuk-table__cell" data-label="Flags">
                <PupilTags pupil={p} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
