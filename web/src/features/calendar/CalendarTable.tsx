import type { ReactNode } from 'react';
import type { CalendarEntryInput } from '../../api/types';
import { Tag } from '../../components/Tag';
import { datesOf, kindLabel } from './labels';

interface Props<T extends CalendarEntryInput> {
  entries: T[];
  caption: string;
  action?: (entry: T, index: number) => ReactNode;
}

/** Terms and closure days, earliest first. */
export function CalendarTable<T extends CalendarEntryInput>({
  entries,
  caption,
  action,
}: Props<T>) {
  return (
    <table className="govuk-table haven-responsive-table">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Kind
          </th>
          <th scope="col" className="govuk-table__header">
            Dates
          </th>
          {action ? (
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {entries.map((e, index) => (
          <tr className="govuk-table__row" key={`${e.kind}-${e.first}-${e.name}-${String(index)}`}>
            <th scope="row" className="govuk-table__header haven-break" data-label="Name">
              {e.name}
            </th>
            <td className="govuk-table__cell" data-label="Kind">
              <Tag colour={e.kind === 'term' ? 'green' : 'grey'}>{kindLabel(e.kind)}</Tag>
            </td>
            <td className="govuk-table__cell" data-label="Dates">
              {datesOf(e)}
            </td>
            {action ? (
              <td className="govuk-table__cell" data-label="Actions">
                {action(e, index)}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
