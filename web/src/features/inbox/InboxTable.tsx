import { Link } from 'react-router';
import type { InboxRow } from '../../api/types';
import { Tag } from '../../components/Tag';
import { formatDateTimeShort } from '../../lib/dates';
import { childRoleLabel, teamStatus } from '../concerns/labels';

export function InboxTable({ items, caption }: { items: InboxRow[]; caption: string }) {
  return (
    <table className="govuk-table haven-responsive-table">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Concern
          </th>
          <th scope="col" className="govuk-table__header">
            Children
          </th>
          <th scope="col" className="govuk-table__header">
            Category
          </th>
          <th scope="col" className="govuk-table__header">
            Recorded
          </th>
          <th scope="col" className="govuk-table__header">
            Owner
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item) => {
          const status = teamStatus(item.status);
          return (
            <tr
              className={`govuk-table__row${item.immediateRisk ? ' haven-row--urgent' : ''}`}
              key={item.id}
            >
              <th scope="row" className="govuk-table__header" data-label="Concern">
                <Link to={`/concerns/${encodeURIComponent(item.id)}`} className="govuk-link">
                  {item.reference}
                </Link>
                {item.immediateRisk ? (
                  <>
                    {' '}
                    <Tag colour="red" strong>
                      Urgent
                    </Tag>
                  </>
                ) : null}
              </th>
              <td className="govuk-table__cell" data-label="Children">
                <ul className="govuk-list haven-compact-list">
                  {item.children.map((c) => (
                    <li key={c.pupilId}>
                      {c.displayName}{' '}
                      <span className="haven-secondary-text">({childRoleLabel(c.role)})</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="govuk-table__cell" data-label="Category">
                {item.primaryCategory?.label ?? ''}
              </td>
              <td className="govuk-table__cell" data-label="Recorded">
                {formatDateTimeShort(item.recordedAt)}
                <span className="haven-block haven-secondary-text">
                  by {item.recordedBy.fullName}
                </span>
              </td>
              <td className="govuk-table__cell" data-label="Owner">
                {item.owner ? (
                  item.owner.fullName
                ) : (
                  <span className="haven-secondary-text">Unassigned</span>
                )}
              </td>
              <td className="govuk-table__cell" data-label="Status">
                <ul className="haven-tag-list">
                  <li>
                    <Tag colour={status.colour}>{status.text}</Tag>
                  </li>
                  {item.acknowledgedAt ? null : item.status === 'new' ? (
                    <li>
                      <Tag colour="orange">Not acknowledged</Tag>
                    </li>
                  ) : null}
                  {item.reconsiderationOpen ? (
                    <li>
                      <Tag colour="purple">Asked to reconsider</Tag>
                    </li>
                  ) : null}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
