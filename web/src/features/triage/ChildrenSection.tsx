import { Link } from 'react-router';
import type { ConcernDetail } from '../../api/types';
import { childRoleLabel } from '../concerns/labels';

/**
 * Every child named in the concern, and for the DSL team a way into each child's file (someone an
 * alert reached while the team was away may read the concern, not the files).
 */
export function ChildrenSection({
  concern,
  canOpenFiles,
}: {
  concern: ConcernDetail;
  canOpenFiles: boolean;
}) {
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
            {canOpenFiles ? (
              <span className="haven-block">
                <Link to={`/files/${encodeURIComponent(c.pupilId)}`} className="govuk-link">
                  Child protection file
                  <span className="govuk-visually-hidden"> of {c.displayName}</span>
                </Link>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
