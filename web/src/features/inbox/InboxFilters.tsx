import { Link } from 'react-router';
import type { InboxCounts } from '../../api/types';

export const INBOX_STATUSES: { value: keyof InboxCounts; label: string }[] = [
  { value: 'new', label: 'New' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'waiting', label: 'Waiting' },
  { value: 'closed', label: 'Closed' },
];

interface Props {
  status: string;
  counts: InboxCounts | undefined;
  hrefFor: (status: string) => string;
}

/** Status filters as plain links (they work without script and can be bookmarked). */
export function InboxFilters({ status, counts, hrefFor }: Props) {
  return (
    <nav className="haven-filter-links" aria-label="Concerns by status">
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
      </ul>
    </nav>
  );
}
