import type { ImportSummary } from '../../api/types';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { problemsInWords } from './labels';

/** The server names most columns as the file does; a few by their field. */
const COLUMNS: Record<string, string> = { upn: 'UPN' };

/** A CTF's problems name the pupil field at fault (`emergencyContacts.0.phones`, say). */
const FIELDS: Record<string, string> = {
  upn: 'UPN',
  legalFirstName: 'Forename',
  legalLastName: 'Surname',
  preferredName: 'Preferred forename',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  yearGroup: 'Year group',
  senFlag: 'SEN',
  lookedAfter: 'Looked after',
  emergencyContacts: 'Emergency contacts',
};

const fieldOf = (column: string) => FIELDS[column.split('.')[0] ?? ''] ?? column;

interface Props {
  summary: ImportSummary;
  after: boolean;
  /**
   * A CSV (the default) imports all at once or not at all; a CTF imports every pupil it can read,
   * so its problems are the pupils left out. After a CTF import its result takes focus instead.
   */
  kind?: 'csv' | 'ctf';
}

/** Every problem in the file (the first 200), by row and column, like the calendar's import. */
export function ImportProblems({ summary, after, kind = 'csv' }: Props) {
  // When the check finds problems the error summary takes focus; after an import, this heading.
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const listed = summary.problemCount > summary.problems.length ? summary.problems.length : 0;
  const ctf = kind === 'ctf';
  const unit = ctf ? 'Pupil' : 'Row';
  const heading = ctf
    ? after
      ? 'Pupils that were not imported'
      : 'Pupils that cannot be imported'
    : after
      ? 'Problems in the file: nothing was imported'
      : 'Problems in the file: nothing has been imported';
  return (
    <section
      aria-labelledby="import-problems"
      // A CTF's problems sit inside its preview, which has the border already.
      className={ctf ? undefined : 'haven-small-form'}
    >
      <h2
        className="govuk-heading-m"
        id="import-problems"
        tabIndex={-1}
        ref={after && !ctf ? ref : undefined}
      >
        {heading}
      </h2>
      <p className="govuk-body">
        {ctf
          ? `Haven imports every pupil in a CTF that it can read, and leaves out a pupil whose record has a problem. It found ${problemsInWords(summary.problemCount)}`
          : `Haven imports a file all at once or not at all. It found ${problemsInWords(summary.problemCount)}`}
        {listed ? `; the first ${listed.toLocaleString('en-GB')} are listed` : ''}.
      </p>
      <table className="govuk-table haven-responsive-table" data-testid="import-problems">
        <caption className="govuk-table__caption govuk-visually-hidden">
          {ctf ? 'Problems in the file, by pupil' : 'Problems in the file, by row'}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {unit}
            </th>
            <th scope="col" className="govuk-table__header">
              {ctf ? 'Field' : 'Column'}
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
              <th scope="row" className="govuk-table__header" data-label={unit}>
                {p.line > 0 ? `${unit} ${String(p.line)}` : 'The whole file'}
              </th>
              <td className="govuk-table__cell" data-label={ctf ? 'Field' : 'Column'}>
                {p.column ? (ctf ? fieldOf(p.column) : (COLUMNS[p.column] ?? p.column)) : ''}
              </td>
              <td className="govuk-table__cell haven-break" data-label="Problem">
                {p.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        {ctf
          ? 'Pupil 1 is the first pupil in the file. Ask the previous school to correct these records and send the CTF again, or add these pupils by hand.'
          : 'Row 1 is the row of headings. Correct the spreadsheet, save it as CSV again and check it again.'}
      </p>
    </section>
  );
}
