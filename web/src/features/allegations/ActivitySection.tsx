import { Loading } from '../../components/Loading';
import { formatDateTimeShort } from '../../lib/dates';
import { useCaseActivity } from './queries';

/** Every read and change of the case, from the audit log: a sealed case shows who opened it. */
export function ActivitySection({ caseId }: { caseId: string }) {
  const activity = useCaseActivity(caseId, true);
  const list = activity.data?.data;
  return (
    <section aria-labelledby="activity-heading">
      <h2 className="govuk-heading-m" id="activity-heading">
        Who has viewed or changed this case
      </h2>
      {activity.isError ? (
        <p className="govuk-body">The list could not be loaded. Try again later.</p>
      ) : !list ? (
        <Loading what="activity" />
      ) : list.length === 0 ? (
        <p className="govuk-body">Nothing has been recorded yet.</p>
      ) : (
        <table className="govuk-table haven-responsive-table" data-testid="allegation-activity">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Who has viewed or changed this case
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header">
                What
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {list.map((a, i) => (
              <tr className="govuk-table__row" key={`${a.at}-${String(i)}`}>
                <td className="govuk-table__cell" data-label="When">
                  {formatDateTimeShort(a.at)}
                </td>
                <td className="govuk-table__cell haven-break" data-label="Who">
                  {a.actorName}
                </td>
                <td className="govuk-table__cell haven-break" data-label="What">
                  {a.summary}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
