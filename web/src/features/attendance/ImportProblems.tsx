import type { MarksImportResult } from '../../api/types';
import { useFocusOnMount } from '../../components/useFocusOnMount';

/** Every problem in a marks file, by row and column: nothing has been saved. */
export function ImportProblems({ result }: { result: MarksImportResult }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="import-problems">
      <h2 className="govuk-heading-m" id="import-problems" tabIndex={-1} ref={ref}>
        Problems in the file: nothing has been saved
      </h2>
      <table className="govuk-table haven-responsive-table" data-testid="import-problems">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Problems in the file, by row
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Row
            </th>
            <th scope="col" className="govuk-table__header">
              Column
            </th>
            <th scope="col" className="govuk-table__header">
              Problem
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {result.errors.map((e, i) => (
            <tr
              className="govuk-table__row"
              key={`${String(e.row)}-${String(e.field)}-${String(i)}`}
            >
              <th scope="row" className="govuk-table__header" data-label="Row">
                {e.row !== undefined ? `Row ${String(e.row)}` : 'The whole file'}
              </th>
              <td className="govuk-table__cell" data-label="Column">
                {e.field ?? ''}
              </td>
              <td className="govuk-table__cell haven-break" data-label="Problem">
                {e.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        Correct the register export, save it as CSV UTF-8 and check it again.
      </p>
    </section>
  );
}
