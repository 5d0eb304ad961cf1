import { Link } from 'react-router';
import type { ImportFlagged } from '../../api/types';
import { CHANGE_LABELS } from './labels';

/** The pupils whose date of birth or UPN in the file differs from their record. */
export function FlaggedTable({
  flagged,
  caption,
  unit = 'Row',
}: {
  flagged: ImportFlagged[];
  caption: string;
  /** What `line` counts: rows of a CSV, pupils of a CTF. */
  unit?: 'Row' | 'Pupil';
}) {
  return (
    <table className="govuk-table haven-responsive-table" data-testid="import-flagged">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {unit}
          </th>
          <th scope="col" className="govuk-table__header">
            Pupil
          </th>
          <th scope="col" className="govuk-table__header">
            What is different
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {flagged.map((f) => (
          <tr className="govuk-table__row" key={`${String(f.line)}-${f.change}`}>
            <th scope="row" className="govuk-table__header" data-label={unit}>
              {unit} {String(f.line)}
            </th>
            <td className="govuk-table__cell" data-label="Pupil">
              <Link to={`/pupils/${encodeURIComponent(f.pupilId)}`} className="govuk-link">
                {f.pupilName}
              </Link>
            </td>
            <td className="govuk-table__cell" data-label="What is different">
              {CHANGE_LABELS[f.change]}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
