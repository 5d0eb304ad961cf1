import { Link } from 'react-router';

interface Choice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  choices: Choice[];
  current: string;
  hrefFor: (value: string) => string;
}

/** A row of plain links (they work without script and can be bookmarked), as in the inbox. */
export function DeadlineFilters({ label, choices, current, hrefFor }: Props) {
  return (
    <nav className="haven-filter-links" aria-label={label}>
      <ul className="haven-filter-links__list">
        {choices.map((c) => {
          const here = c.value === current;
          return (
            <li
              key={c.value}
              className={`haven-filter-links__item${here ? ' haven-filter-links__item--current' : ''}`}
            >
              <Link
                to={hrefFor(c.value)}
                className="govuk-link haven-filter-links__link"
                aria-current={here ? 'page' : undefined}
              >
                {c.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
