import type { ImportJob } from '../../api/types';
import { useFocusOnMount } from '../../components/useFocusOnMount';

/** How far the import has got: a progress bar, and the same in words for screen readers. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const running = job.state === 'running';
  const started = job.total > 0;
  const words = !running
    ? job.state === 'done'
      ? 'The import has finished.'
      : 'The import stopped.'
    : started
      ? `${job.done.toLocaleString('en-GB')} of ${job.total.toLocaleString('en-GB')} rows done.`
      : 'Starting the import…';
  return (
    <section aria-labelledby="import-progress-heading" data-testid="import-progress">
      <h2 className="govuk-heading-m" id="import-progress-heading" tabIndex={-1} ref={ref}>
        {running ? 'Importing pupils' : 'Import'}
      </h2>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="import-progress-bar">
          Progress
        </label>
        {running && !started ? (
          <progress id="import-progress-bar" />
        ) : (
          <progress
            id="import-progress-bar"
            max={Math.max(job.total, 1)}
            value={running ? job.done : Math.max(job.total, 1)}
          />
        )}
      </div>
      <p className="govuk-body" role="status" aria-live="polite" data-testid="import-status">
        {words}
      </p>
      {running ? (
        <p className="govuk-body">
          You can leave this page: the import carries on. Its result will be in the pupils list.
        </p>
      ) : null}
    </section>
  );
}
