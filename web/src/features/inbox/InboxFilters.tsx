import { Link } from 'react-router';
import type { InboxCounts } from '../../api/types';

export const INBOX_STATUSES: { value: keyof InboxCounts; label: string }[] = [
  { value: 'new', label: 'New' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'waiting', label: 'Waiting' },
  { value: 'closed', label: 'Closed' },
];

interface Props {
  /** The status shown; empty when the list is the concerns awaiting an answer. */
  status: string;
  counts: InboxCounts | undefined;
  hrefFor: (status: string) => string;
  /** How many concerns have a request for reconsideration waiting for an answer (D19). */
  awaitingAnswer: number | undefined;
}

export const AWAITING_ANSWER = 'Asked to reconsider';
export const AWAITING_ANSWER_HREF = '/inbox?reconsideration=open';

/** Status filters as plain links (they work without script and can be bookmarked). */
export function InboxFilters({ status, counts, hrefFor, awaitingAnswer }: Props) {
  const awaitingHere = status === '';
  return (
    <nav className="haven-filter-links" aria-label="Concerns by status, or asked to reconsider">
      <ul className="haven-filter-links__list">
        {INBOX_STATUSES.map((s) => {
          const current = s.value === status;
          const count = counts ? ` (${String(counts[s.value])})` : '';
          return (
            <li
              key={s.value}
              className={`haven-filter-links__item${current ? ' haven-filter-links__item--current' : ''}`}
            >
              <Link
                to={hrefFor(s.value)}
                className="govuk-link haven-filter-links__link"
                aria-current={current ? 'page' : undefined}
              >
                {s.label}
                {count}
              </Link>
            </li>
          );
        })}
        <li
          className={`haven-filter-links__item${awaitingHere ? ' haven-filter-links__item--current' : ''}`}
        >
          <Link
            to={AWAITING_ANSWER_HREF}
            className="govuk-link haven-filter-links__link"
            aria-current={awaitingHere ? 'page' : undefined}
          >
            {AWAITING_ANSWER}
            {awaitingAnswer === undefined ? '' : ` (${String(awaitingAnswer)})`}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
