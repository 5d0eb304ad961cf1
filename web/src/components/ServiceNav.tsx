import { Link, useLocation } from 'react-router';
import { can, type Action } from '../lib/actions';

interface Item {
  to: string;
  label: string;
  action?: Action;
}

const ITEMS: Item[] = [
  { to: '/', label: 'Home' },
  { to: '/concerns/new', label: 'Record a concern', action: 'concern.create' },
  { to: '/concerns/mine', label: 'My concerns', action: 'concern.readOwn' },
  { to: '/inbox', label: 'Inbox', action: 'concern.triage' },
  { to: '/deadlines', label: 'Deadlines', action: 'deadline.readOwn' },
  { to: '/pupils', label: 'Pupils', action: 'pupil.list' },
  { to: '/staff', label: 'Staff', action: 'staff.list' },
  { to: '/audit', label: 'Audit log', action: 'audit.read' },
  { to: '/school', label: 'School settings', action: 'school.update' },
  { to: '/contacts', label: 'Contacts' },
];

export function navItemsFor(allowedActions: readonly string[]): Item[] {
  return ITEMS.filter((item) => !item.action || can(allowedActions, item.action));
}

function NavItem({ item, pathname }: { item: Item; pathname: string }) {
  const exact = pathname === item.to;
  const active = exact || (item.to !== '/' && pathname.startsWith(`${item.to}/`));
  return (
    <li
      className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
    >
      <Link
        className="govuk-service-navigation__link"
        to={item.to}
        aria-current={exact ? 'page' : active ? 'true' : undefined}
      >
        {active ? (
          <strong className="govuk-service-navigation__active-fallback">{item.label}</strong>
        ) : (
          item.label
        )}
      </Link>
    </li>
  );
}

export function ServiceNav({ allowedActions }: { allowedActions: readonly string[] }) {
  const { pathname } = useLocation();
  return (
    <div className="govuk-service-navigation haven-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {navItemsFor(allowedActions).map((item) => (
                <NavItem key={item.to} item={item} pathname={pathname} />
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
