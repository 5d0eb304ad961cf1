import type { ImportSummary } from '../../api/types';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { problemsInWords } from './labels';

/** The server names most columns as the file does; a few by their field. */
const COLUMNS: Record<string, string> = { upn: 'UPN' };

/** Every problem in the file (the first 200), by row and column, like the calendar's import. */
export function ImportProblems({ summary, after }: { summary: ImportSummary; after: boolean }) {
  // When the check finds problems the error summary takes focus; after an import, this heading.
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const listed = summary.problems.length;
  return (
    <section aria-labelledby="import-problems" className="haven-small-form">
      <h2
        className="govuk-heading-m"
        id="import-problems"
        tabIndex={-1}
        ref={after ? ref : undefined}
      >
        {after
          ? 'Problems in the file: nothing was imported'
          : 'Problems in the file: nothing has been imported'}
      </h2>
      <p className="govuk-body">
        Haven imports a file all at once or not at all. It found{' '}
        {problemsInWords(summary.problemCount)}
        {summary.problemCount > listed
          ? `; the first ${listed.toLocaleString('en-GB')} are listed`
          : ''}
        .
      </p>
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
          {summary.problems.map((p, i) => (
            <tr
              className="govuk-table__row"
              key={`${String(p.line)}-${p.column ?? ''}-${String(i)}`}
            >
              <th scope="row" className="govuk-table__header" data-label="Row">
                {p.line > 0 ? `Row ${String(p.line)}` : 'The whole file'}
              </th>
              <td className="govuk-table__cell" data-label="Column">
                {p.column ? (COLUMNS[p.column] ?? p.column) : ''}
              </td>
              <td className="govuk-table__cell haven-break" data-label="Problem">
                {p.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        Row 1 is the row of headings. Correct the spreadsheet, save it as CSV again and check it
        again.
      </p>
    </section>
  );
}
