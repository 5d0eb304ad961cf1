import type { LocalContact } from '../../api/types';
import { telHref } from '../../lib/phone';

interface Props {
  contacts: LocalContact[];
  /** The emergency numbers are the largest thing on the poster. */
  large?: boolean;
}

/** Numbers to ring, each a link a phone can dial, with its note. */
export function PosterNumbers({ contacts, large }: Props) {
  return (
    <ul
      className={`govuk-list haven-poster__numbers${large ? ' haven-poster__numbers--large' : ''}`}
    >
      {contacts.map((c, i) => (
        <li className="haven-poster__number" key={`${String(i)}-${c.phone}`}>
          <span className="haven-poster__label">{c.label}</span>{' '}
          <a className="govuk-link haven-poster__phone" href={telHref(c.phone)}>
            {c.phone}
          </a>
          {c.note ? <span className="haven-poster__note">{c.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
