import type { PupilAttendance } from '../../api/types';
import { formatDate } from '../../lib/dates';

/** The marks day by day, newest first (the last 60 days shown). */
export function MarksTable({ days }: { days: PupilAttendance['days'] }) {
  if (!days.length) return <p className="govuk-body">No marks yet.</p>;
  return (
    <table className="govuk-table" data-testid="marks">
      <caption className="govuk-table__caption govuk-visually-hidden">Marks, newest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Date
          </th>
          <th scope="col" className="govuk-table__header">
            AM
          </th>
          <th scope="col" className="govuk-table__header">
            PM
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {days.slice(0, 60).map((d) => (
          <tr className="govuk-table__row" key={d.date}>
            <th scope="row" className="govuk-table__header">
              {formatDate(d.date)}
            </th>
            <td className="govuk-table__cell">{d.am ?? '–'}</td>
            <td className="govuk-table__cell">{d.pm ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
