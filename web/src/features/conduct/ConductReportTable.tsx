import type { ConductReportPerson } from '../../api/types';
import { Tag } from '../../components/Tag';
import { rolesInWords } from '../../lib/roles';
import { ukDateTime } from './format';

/** Each member of staff and whether they have acknowledged the current version, in words. */
export function ConductReportTable({
  people,
  version,
}: {
  people: ConductReportPerson[];
  version: number;
}) {
  return (
    <table className="govuk-table haven-responsive-table" data-testid="conduct-report">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Staff and whether each has acknowledged version {String(version)}, those who have not first
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Roles
          </th>
          <th scope="col" className="govuk-table__header">
            Acknowledged
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {people.map((p) => (
          <tr className="govuk-table__row" key={p.id} data-testid="conduct-person">
            <th scope="row" className="govuk-table__header haven-break" data-label="Name">
              {p.fullName}
            </th>
            <td className="govuk-table__cell" data-label="Roles">
              {rolesInWords(p.roles)}
            </td>
            <td className="govuk-table__cell" data-label="Acknowledged">
              {p.acknowledgedAt ? (
                `Acknowledged ${ukDateTime(p.acknowledgedAt)}`
              ) : (
                <Tag colour="orange">Not yet</Tag>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
