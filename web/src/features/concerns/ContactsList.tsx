import type { Contact } from '../../api/types';
import { telHref } from '../../lib/phone';

/** Phone numbers to call now, as links a phone can dial. */
export function ContactsList({ contacts }: { contacts: Contact[] }) {
  return (
    <ul className="govuk-list haven-contacts">
      {contacts.map((c) => (
        <li key={`${c.name}-${c.phone}`}>
          {c.name}:{' '}
          <a className="govuk-link govuk-!-font-weight-bold" href={telHref(c.phone)}>
            {c.phone}
          </a>
        </li>
      ))}
    </ul>
  );
}
