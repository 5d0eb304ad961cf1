import { Link } from 'react-router';
import { WarningText } from '../../components/WarningText';
import { joinWords, roleLabel } from '../../lib/roles';

export function MissingRoles({
  roles,
  canManageStaff,
}: {
  roles: string[];
  canManageStaff: boolean;
}) {
  if (roles.length === 0) return null;
  return (
    <>
      <WarningText>
        Nobody has been given {roles.length === 1 ? 'this role' : 'these roles'}:{' '}
        {joinWords(roles.map(roleLabel))}. Keeping children safe in education expects every school
        to have them.
      </WarningText>
      {canManageStaff ? (
        <p className="govuk-body">
          <Link to="/staff" className="govuk-link">
            Give roles to staff and governors
          </Link>
        </p>
      ) : null}
    </>
  );
}
