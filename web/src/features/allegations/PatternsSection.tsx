import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import type { AllegationPattern } from '../../api/types';
import { WarningText } from '../../components/WarningText';
import { formatDateTimeShort } from '../../lib/dates';
import { casePagePath, usePatterns } from './queries';

function patternText(p: AllegationPattern): string {
  const months = p.windowMonths === 1 ? '1 month' : `${String(p.windowMonths)} months`;
  return `${String(p.count)} low-level concerns about ${p.subjectName} in ${months}: review them together.`;
}

/**
 * Repeated low-level concerns about the same adult (U02): a pattern may itself meet the harm
 * threshold. Nothing is shown when there is none.
 */
export function PatternsSection() {
  const patterns = usePatterns();
  const list = patterns.data?.data;
  // Not for this person (the server says so): nothing to show, and nothing to hint at.
  if (
    patterns.error instanceof ApiError &&
    patterns.error.status < 500 &&
    patterns.error.code !== 'NETWORK'
  )
    return null;
  if (patterns.isError) {
    return (
      <p className="govuk-body" data-testid="allegation-patterns-error">
        Patterns of low-level concerns could not be checked. Try again later.
      </p>
    );
  }
  if (!list || list.length === 0) return null;
  return (
    <section aria-labelledby="patterns-heading" data-testid="allegation-patterns">
      <h2 className="govuk-heading-m" id="patterns-heading">
        Patterns
      </h2>
      {list.map((p, i) => (
        <div key={`${p.caseIds.join('-')}-${String(i)}`} data-testid="allegation-pattern">
          <WarningText>{patternText(p)}</WarningText>
          <p className="govuk-body govuk-!-margin-bottom-1">
            From {formatDateTimeShort(p.firstAt)} to {formatDateTimeShort(p.lastAt)}. Consider
            whether together they meet the harm threshold, and whether to ask the LADO for advice.
          </p>
          <ul className="govuk-list govuk-!-margin-bottom-6">
            {p.caseIds.map((id, j) => (
              <li key={id}>
                <Link to={casePagePath(id)} className="govuk-link">
                  {p.references[j] ?? `Case ${String(j + 1)}`}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
