import { Link } from 'react-router';
import type { Staff } from '../../api/types';
import { Tag } from '../../components/Tag';
import { roleLabel } from '../../lib/roles';

export function RoleTags({ roles }: { roles: string[] }) {
  return (
    <ul className="haven-tag-list">
      {roles.map((role) => (
        <li key={role}>
          <Tag colour="blue">{roleLabel(role)}</Tag>
        </li>
      ))}
    </ul>
  );
}

export function MfaTag({ enrolled }: { enrolled: boolean }) {
  return enrolled ? <Tag colour="green">Set up</Tag> : <Tag colour="grey">Not set up</Tag>;
}

export function StaffTable({ staff }: { staff: Staff[] }) {
  return (
    <table className="govuk-table haven-responsive-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Staff</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Email
          </th>
          <th scope="col" className="govuk-table__header">
            Roles
          </th>
          <th scope="col" className="govuk-table__header">
            Authenticator app
          </th>
          <th scope="col" className="govuk-table__header">
            Account
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {staff.map((s) => (
          <tr className="govuk-table__row" key={s.id}>
            <th scope="row" className="govuk-table__header" data-label="Name">
              <Link to={`/staff/${encodeURIComponent(s.id)}`} className="govuk-link">
                {s.fullName}
              </Link>
              {s.jobTitle ? (
                <span className="haven-secondary-text haven-block">{s.jobTitle}</span>
              ) : null}
            </th>
            <td className="govuk-table__cell haven-break" data-label="Email">
              {s.email}
            </td>
            <td className="govuk-table__cell" data-label="Roles">
              <RoleTags roles={s.roles} />
            </td>
            <td className="govuk-table__cell" data-label="Authenticator app">
              <MfaTag enrolled={s.mfaEnrolled} />
            </td>
            <td className="govuk-table__cell" data-label="Account">
              {s.disabled ? <Tag colour="red">Disabled</Tag> : <Tag colour="green">Active</Tag>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
