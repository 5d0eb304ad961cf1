import { Link } from 'react-router';
import { can, type Action } from '../../lib/actions';

const LINKS: {
  to: string;
  title: string;
  text: string;
  /** Everyone signed in sees a link without one. */
  action?: Action;
  textIf?: [Action, string];
}[] = [
  {
    to: '/inbox',
    title: 'Inbox',
    text: 'New concerns, and the ones your team is handling.',
    action: 'concern.triage',
  },
  {
    to: '/concerns/mine',
    title: 'My concerns',
    text: 'Concerns you have recorded, and what is happening to them.',
    action: 'concern.readOwn',
  },
  {
    to: '/pupils',
    title: 'Pupils',
    text: 'Find pupils and their emergency contacts.',
    textIf: ['pupil.create', 'Find and add pupils, and their emergency contacts.'],
    action: 'pupil.list',
  },
  {
    to: '/pupils/import',
    title: 'Import pupils',
    text: 'Bring in the pupil list and emergency contacts from your MIS as a CSV file.',
    action: 'pupil.import',
  },
  {
    to: '/attendance',
    title: 'Attendance',
    text: 'Attendance codes, and each pupil’s attendance from their page.',
    textIf: ['attendance.import', 'Import the register, and see each pupil’s attendance.'],
    action: 'attendance.read',
  },
  {
    to: '/cme',
    title: 'Children missing education',
    text: 'Children whose whereabouts are unknown, and what has been done to find them.',
    action: 'cme.manage',
  },
  {
    to: '/staff',
    title: 'Staff',
    text: 'Add staff, give them roles and invite links.',
    action: 'staff.list',
  },
  {
    to: '/audit',
    title: 'Audit log',
    text: 'See who has done what in Haven.',
    action: 'audit.read',
  },
  {
    to: '/school',
    title: 'School settings',
    text: "Change the school's details.",
    action: 'school.update',
  },
  {
    to: '/school/categories',
    title: 'Categories of concern',
    text: 'Rename, hide and add the kinds of concern staff choose from.',
    action: 'category.manage',
  },
  {
    to: '/school/calendar',
    title: 'School calendar',
    text: 'Terms, INSET days and closures, typed in or imported from a spreadsheet.',
    action: 'calendar.manage',
  },
  {
    to: '/school/agencies',
    title: 'Referral agencies',
    text: 'Hide, show and add the agencies staff choose from when they record a referral.',
    action: 'agency.manage',
  },
  {
    to: '/school/conduct',
    title: 'Code of conduct acknowledgements',
    text: 'Who has read and acknowledged the current code of conduct.',
    textIf: ['conduct.publish', 'Publish a new version, and see who has acknowledged it.'],
    action: 'conduct.report',
  },
  {
    to: '/allegations/new',
    title: 'Raise a concern about an adult',
    text: 'Worried about how a member of staff, volunteer or visitor has behaved with children? Tell the headteacher in confidence.',
    action: 'allegation.raise',
  },
  {
    to: '/allegations',
    title: 'Concerns about adults',
    text: 'Concerns about adults that you are handling, if you have any.',
  },
  {
    to: '/contacts',
    title: 'Who to tell and who to ring',
    text: 'The safeguarding team and the numbers to call, as a poster you can print.',
  },
  {
    to: '/conduct',
    title: 'Code of conduct',
    text: 'The boundaries of appropriate behaviour with children, which everyone agrees to follow.',
    action: 'conduct.read',
  },
];

export function HomeLinks({ allowedActions }: { allowedActions: string[] }) {
  const links = LINKS.filter((l) => !l.action || can(allowedActions, l.action));
  return (
    <ul className="haven-cards" aria-label="What you can do">
      {links.map((link) => (
        <li className="haven-card" key={link.to}>
          <h2 className="govuk-heading-s haven-card__title">
            <Link to={link.to} className="govuk-link">
              {link.title}
            </Link>
          </h2>
          <p className="govuk-body-s haven-card__text">
            {link.textIf && can(allowedActions, link.textIf[0]) ? link.textIf[1] : link.text}
          </p>
        </li>
      ))}
    </ul>
  );
}
