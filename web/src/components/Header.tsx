import { Link } from 'react-router';
import type { Me } from '../api/types';
import { NotificationsLink } from '../features/notifications/NotificationsLink';
import { SignOutButton } from './SignOutButton';

export function Header({ me }: { me: Me | undefined }) {
  return (
    <header className="govuk-generic-header haven-header">
      <div className="govuk-generic-header__container govuk-width-container haven-header__container">
        <div className="govuk-generic-header__logo haven-header__logo">
          <Link to="/" className="govuk-generic-header__homepage-link haven-header__name">
            Haven
          </Link>
          {me ? <span className="haven-header__school">{me.school.name}</span> : null}
        </div>
        {me ? (
          <div className="haven-header__account">
            <span className="haven-header__user">{me.user.fullName}</span>
            {me.stage === 'signed_in' ? <NotificationsLink /> : null}
            <SignOutButton />
          </div>
        ) : null}
      </div>
    </header>
  );
}
