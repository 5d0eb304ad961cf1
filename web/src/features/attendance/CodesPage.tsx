import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { MARK_CATEGORY_LABELS, useAttendanceCodes } from './queries';

/** `/attendance/codes`: the national codes and what Haven counts each as. */
export function CodesPage() {
  usePageTitle('Attendance codes');
  const codes = useAttendanceCodes();
  const data = codes.data?.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/attendance">Back to attendance</BackLink>
        <PageHeading>Attendance codes</PageHeading>
        {!data ? (
          <Loading what="the codes" />
        ) : (
          <>
            <p className="govuk-body">Source: {data.source}.</p>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">
                National attendance codes
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Code
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Meaning
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Counts as
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.codes.map((c) => (
                  <tr className="govuk-table__row" key={c.code}>
                    <th scope="row" className="govuk-table__header">
                      {c.code}
                    </th>
                    <td className="govuk-table__cell">{c.meaning}</td>
                    <td className="govuk-table__cell">{MARK_CATEGORY_LABELS[c.category]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </div>
  );
}
