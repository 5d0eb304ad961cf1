import { Link } from 'react-router';
import type { FileViewer } from '../../api/types';
import { Loading } from '../../components/Loading';
import { formatDateTimeShort } from '../../lib/dates';
import { rolesInWords } from '../../lib/roles';
import { useViewers } from './queries';

const VIA: Record<string, string> = {
  grant: 'Given access',
  missing_education: 'DSL team, missing education register',
  alert: 'Alerted while the DSL team was away',
};
const viaLabel = (via: string) => VIA[via] ?? 'DSL team';

const WHAT: Record<FileViewer['what'], string> = {
  file: 'The file',
  pdf: 'The file, as a PDF',
  concern: 'A concern',
  attachment: 'An attachment to a concern',
};

function What({ viewer }: { viewer: FileViewer }) {
  const label = WHAT[viewer.what];
  return viewer.concernId ? (
    <Link to={`/concerns/${encodeURIComponent(viewer.concernId)}`} className="govuk-link">
      {label}
    </Link>
  ) : (
    <>{label}</>
  );
}

/** D32: every read of the file, so the DSL can see who looked and why they could. */
export function ViewersTable({ pupilId }: { pupilId: string }) {
  const viewers = useViewers(pupilId, true);
  const list: FileViewer[] | undefined = viewers.data?.data;
  return (
    <section aria-labelledby="viewers-heading">
      <h2 className="govuk-heading-m" id="viewers-heading">
        Who viewed this file
      </h2>
      {viewers.isError ? (
        <p className="govuk-body">The list of viewers could not be loaded.</p>
      ) : !list ? (
        <Loading what="viewers" />
      ) : list.length === 0 ? (
        <p className="govuk-body">Nobody has viewed this file yet.</p>
      ) : (
        <table className="govuk-table haven-responsive-table" data-testid="viewers">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Who viewed this file, newest first
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
              <th scope="col" className="govuk-table__header">
                How
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {list.map((v, i) => (
              <tr className="govuk-table__row" key={`${v.at}-${v.who.id}-${String(i)}`}>
                <td className="govuk-table__cell" data-label="When">
                  {formatDateTimeShort(v.at)}
                </td>
                <td className="govuk-table__cell" data-label="Who">
                  {v.who.fullName}
                  {v.roles.length ? (
                    <span className="haven-block haven-secondary-text">
                      {rolesInWords(v.roles)}
                    </span>
                  ) : null}
                </td>
                <td className="govuk-table__cell" data-label="What">
                  <What viewer={v} />
                </td>
                <td className="govuk-table__cell" data-label="How">
                  {viaLabel(v.via)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
