import { Link } from 'react-router';
import type { ConcernDetail } from '../../api/types';
import { childRoleLabel } from '../concerns/labels';

/** The DSL team sees every child named in the concern, with a way into each child's file. */
export function ChildrenSection({ concern }: { concern: ConcernDetail }) {
  return (
    <section aria-labelledby="children-heading">
      <h2 className="govuk-heading-m" id="children-heading">
        Children
      </h2>
      <ul className="govuk-list haven-concern-children">
        {concern.children.map((c) => (
          <li key={c.pupilId} className="haven-concern-children__item">
            <strong>{c.displayName}</strong>{' '}
            <span className="haven-secondary-text">({childRoleLabel(c.role)})</span>
            <span className="haven-block">
              <Link to={`/files/${encodeURIComponent(c.pupilId)}`} className="govuk-link">
                Child protection file
                <span className="govuk-visually-hidden"> of {c.displayName}</span>
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
