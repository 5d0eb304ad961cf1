import { Link } from 'react-router';
import type { DeadlineScope } from '../../api/types';
import { Tag } from '../../components/Tag';
import { plural } from './format';
import { useDeadlineSummary } from './queries';

/** Home page: how many deadlines are open, and (prominently) how many are overdue. */
export function DeadlinesPanel({ scope }: { scope: DeadlineScope }) {
  const summary = useDeadlineSummary(scope, true);
  const counts = summary.data?.data;
  const whose = scope === 'school' ? 'The school’s deadlines' : 'Your deadlines';
  return (
    <section
      className="haven-small-form"
      aria-labelledby="deadlines-panel"
      data-testid="deadlines-panel"
    >
      <h2 className="govuk-heading-m" id="deadlines-panel">
        Deadlines
      </h2>
      {summary.isError ? (
        <p className="govuk-body">Deadlines could not be loaded. Try again later.</p>
      ) : !counts ? (
        <p className="govuk-body" role="status">
          Loading deadlines…
        </p>
      ) : (
        <>
          {counts.overdue > 0 ? (
            <p className="govuk-heading-l govuk-!-margin-bottom-2" data-testid="overdue-count">
              <Tag colour="red" strong>
                Overdue
              </Tag>{' '}
              {plural(counts.overdue, 'deadline', 'deadlines')} overdue
            </p>
          ) : (
            <p className="govuk-body govuk-!-font-weight-bold" data-testid="overdue-count">
              Nothing is overdue.
            </p>
          )}
          <p className="govuk-body" data-testid="open-count">
            {whose}: {String(counts.open)} still to do
            {counts.overdue > 0 ? `, including ${String(counts.overdue)} overdue` : ''}.
          </p>
        </>
      )}
      <p className="govuk-body">
        <Link to="/deadlines" className="govuk-link">
          See {scope === 'school' ? 'all deadlines' : 'your deadlines'}
        </Link>
      </p>
    </section>
  );
}
