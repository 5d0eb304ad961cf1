import type { AuditEvent } from '../../api/types';
import { formatDateTime } from '../../lib/dates';
import { roleLabel } from '../../lib/roles';
import { eventLabel } from './eventTypes';

export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <table className="govuk-table haven-responsive-table haven-audit-table">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Audit events, newest first
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Time (UK)
          </th>
          <th scope="col" className="govuk-table__header">
            Who
          </th>
          <th scope="col" className="govuk-table__header">
            Roles
          </th>
          <th scope="col" className="govuk-table__header">
            Event
          </th>
          <th scope="col" className="govuk-table__header">
            Summary
          </th>
          <th scope="col" className="govuk-table__header">
            IP address
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {events.map((e) => (
          <tr className="govuk-table__row" key={e.id}>
            <td className="govuk-table__cell" data-label="Time (UK)">
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            </td>
            <td className="govuk-table__cell" data-label="Who">
              {e.actorName ?? 'Nobody signed in'}
            </td>
            <td className="govuk-table__cell" data-label="Roles">
              {e.actorRoles.map(roleLabel).join(', ')}
            </td>
            <td className="govuk-table__cell" data-label="Event">
              {eventLabel(e.type)}
              <code className="haven-event-type">{e.type}</code>
            </td>
            <td className="govuk-table__cell haven-break" data-label="Summary">
              {e.summary}
            </td>
            <td className="govuk-table__cell haven-break" data-label="IP address">
              {e.ip ?? ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
