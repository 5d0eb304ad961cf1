import { Details } from '../../components/Details';

const COLUMNS: { name: string; what: string; required: boolean }[] = [
  {
    name: 'UPN',
    what: 'The pupil’s unique pupil number, 13 characters. Haven matches pupils on it.',
    required: true,
  },
  { name: 'Legal first name (or Forename)', what: 'As on the birth certificate.', required: true },
  { name: 'Legal last name (or Surname)', what: 'As on the birth certificate.', required: true },
  {
    name: 'Preferred name',
    what: 'The first name the pupil is known by, if different.',
    required: false,
  },
  { name: 'Date of birth', what: 'As 2015-11-09 or 09/11/2015.', required: true },
  { name: 'Sex', what: 'F, M or U (or Female, Male, Unknown).', required: true },
  {
    name: 'Year group',
    what: 'N1, N2, R (Reception), or 1 to 14. “Year 5” is read as 5.',
    required: true,
  },
  {
    name: 'SEN',
    what: 'Y or N, or the census codes E (EHC plan), K (SEN support) and N.',
    required: false,
  },
  { name: 'Looked after', what: 'Y if the pupil is a looked-after child.', required: false },
  {
    name: 'Contact 1 name, Contact 1 relationship, Contact 1 phones',
    what: 'The first emergency contact. Separate more than one phone number with “;”. Contacts 2 and 3 have the same columns.',
    required: false,
  },
];

/** The columns a pupil list may have, as the school's MIS (SIMS, Arbor, Bromcom…) exports them. */
export function ColumnsHelp() {
  return (
    <Details summary="The columns Haven reads">
      <p className="govuk-body">
        Headings are matched ignoring capitals, spaces and punctuation. Other columns are ignored.
      </p>
      <table className="govuk-table haven-responsive-table" data-testid="import-columns">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Columns of the pupil list
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Column
            </th>
            <th scope="col" className="govuk-table__header">
              What to put in it
            </th>
            <th scope="col" className="govuk-table__header">
              Needed
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {COLUMNS.map((c) => (
            <tr className="govuk-table__row" key={c.name}>
              <th scope="row" className="govuk-table__header" data-label="Column">
                {c.name}
              </th>
              <td className="govuk-table__cell" data-label="What to put in it">
                {c.what}
              </td>
              <td className="govuk-table__cell" data-label="Needed">
                {c.required ? 'Yes' : 'No'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Details>
  );
}
