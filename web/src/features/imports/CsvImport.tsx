import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { ImportJob, ImportSummary } from '../../api/types';
import { ErrorMessage, describedBy } from '../../components/ErrorMessage';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import type { useFormErrors } from '../../components/useFormErrors';
import { WarningText } from '../../components/WarningText';
import { FORM_ERROR, errorsFromApi } from '../../lib/formErrors';
import { ColumnsHelp } from './ColumnsHelp';
import { FlaggedTable } from './FlaggedTable';
import { ImportProblems } from './ImportProblems';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { countsInWords, problemsInWords, pupils, rowsOf } from './labels';
import {
  MAX_BYTES,
  POLL_MS,
  checkPupils,
  importJob,
  startImport,
  useRefreshPupils,
} from './queries';

/** The file input, where the error summary's `csv` entry leads. */
export const CSV_FILE_ID = 'pupils-file';
const FILE_ID = CSV_FILE_ID;
/** Polling may fail now and then (a dropped connection); after this many in a row, say so. */
const MOST_FAILURES = 5;

function Preview({ summary, onImport }: { summary: ImportSummary; onImport: () => void }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const rows = rowsOf(summary.counts);
  return (
    <section aria-labelledby="import-preview" className="haven-small-form">
      <h2 className="govuk-heading-m" id="import-preview" tabIndex={-1} ref={ref}>
        {rows ? `The file is ready: ${pupils(rows)}` : 'The file has no pupils in it'}
      </h2>
      {rows ? (
        <>
          <ul className="govuk-list govuk-list--bullet" data-testid="import-counts">
            {countsInWords(summary.counts, false).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {summary.flagged.length > 0 ? (
            <>
              <FlaggedTable
                flagged={summary.flagged}
                caption="Changes that will be held back for review"
              />
              <p className="govuk-body">
                A different date of birth or UPN may be a mistake in the file, or a different child.
                After the import, someone who can import pupils decides on each one.
              </p>
            </>
          ) : null}
          <WarningText>
            Child protection records are never changed by an import. Pupils not in the file are left
            as they are.
          </WarningText>
          <button type="button" className="govuk-button" onClick={onImport}>
            Import {pupils(rows)}
          </button>
        </>
      ) : (
        <p className="govuk-body">
          Check that the file has a row for each pupil under the headings.
        </p>
      )}
    </section>
  );
}

/**
 * The pupil list from the MIS as CSV. Checked first, naming every problem by row and column; then
 * imported all at once or not at all, in the background with its progress shown. The file is
 * held in memory only.
 */
export function CsvImport({
  form,
  onLock,
}: {
  form: ReturnType<typeof useFormErrors>;
  /** Told whether the page should hide the choice of kind (while an import runs or after it). */
  onLock: (locked: boolean) => void;
}) {
  const refresh = useRefreshPupils();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<{ csv: string; summary: ImportSummary } | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);

  const jobId = job?.state === 'running' ? job.id : null;
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const { data } = await importJob(jobId);
        if (stopped) return;
        failures = 0;
        setJob(data);
        if (data.state !== 'running') {
          if (data.state === 'done' && data.summary?.applied) await refresh();
          if (data.state === 'failed')
            form.show({
              [FORM_ERROR]: data.error?.message ?? 'The import failed. Nothing was changed.',
            });
          return;
        }
      } catch (error) {
        if (stopped) return;
        // An answer such as "not found" (the server restarted) will not change by asking again.
        const final = error instanceof ApiError && error.status >= 400 && error.status < 500;
        if (final || ++failures >= MOST_FAILURES) {
          form.show({
            [FORM_ERROR]:
              'Haven lost track of the import. Look in the pupils list to see whether it finished.',
          });
          setJob(null);
          return;
        }
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // The loop belongs to the job: `form` and `refresh` are new on every render.
  }, [jobId]);

  function reset() {
    setChecked(null);
    setJob(null);
    form.show({});
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setChecked(null);
    setJob(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      form.show({ csv: 'Choose the CSV file of pupils' });
      return;
    }
    if (file.size > MAX_BYTES) {
      form.show({ csv: 'The file is too large: it must be 20 MB or smaller' });
      return;
    }
    let csv: string;
    try {
      csv = await file.text();
    } catch {
      form.show({ csv: 'The file could not be read. Choose it again.' });
      return;
    }
    if (!csv.trim()) {
      form.show({ csv: 'The file is empty' });
      return;
    }
    setBusy(true);
    try {
      const { data } = await checkPupils(csv);
      setChecked({ csv, summary: data });
      form.show(
        data.problemCount
          ? { csv: `The file has ${problemsInWords(data.problemCount)}: see the list below` }
          : {},
      );
    } catch (error) {
      form.show(errorsFromApi(error, () => false, { fallbackField: 'csv' }));
    } finally {
      setBusy(false);
    }
  }

  async function runImport() {
    if (!checked || busy) return;
    setBusy(true);
    try {
      const { data } = await startImport(checked.csv);
      form.show({});
      setJob(data);
    } catch (error) {
      form.show(errorsFromApi(error, () => false));
    } finally {
      setBusy(false);
    }
  }

  const error = form.errors.csv;
  const hintId = `${FILE_ID}-hint`;
  const summary = job ? null : checked?.summary;
  const finished = job?.state === 'done' ? job.summary : null;
  const showForm = !job || job.state === 'failed' || (finished && !finished.applied);
  const locked = !showForm;
  useEffect(() => onLock(locked), [locked, onLock]);
  return (
    <>
      {job ? <ImportProgress job={job} /> : null}
      {finished?.applied ? (
        <>
          <ImportResult summary={finished} />
          <button type="button" className="govuk-button govuk-button--secondary" onClick={reset}>
            Import another file
          </button>
        </>
      ) : null}
      {finished && !finished.applied ? <ImportProblems summary={finished} after /> : null}
      {showForm ? (
        <>
          <p className="govuk-body">
            Export the list of pupils and their emergency contacts from your management information
            system (SIMS, Arbor, Bromcom or another) and save it as “CSV UTF-8”. Haven checks every
            row and tells you what it will do before anything changes. Pupils are matched on their
            UPN, so the same file can be imported again.
          </p>
          <ColumnsHelp />
          <form onSubmit={(e) => void check(e)} noValidate className="haven-small-form">
            <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor={FILE_ID}>
                Pupil list (CSV)
              </label>
              <div className="govuk-hint" id={hintId}>
                One row a pupil, with the headings in the first row. 20 MB at most.
              </div>
              <ErrorMessage id={`${FILE_ID}-error`} message={error} />
              <input
                className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
                id={FILE_ID}
                name={FILE_ID}
                type="file"
                accept=".csv,text/csv"
                ref={fileInput}
                aria-describedby={describedBy(hintId, error && `${FILE_ID}-error`)}
                onChange={() => {
                  setChecked(null);
                  setJob(null);
                }}
              />
            </div>
            <button
              type="submit"
              className="govuk-button govuk-button--secondary"
              aria-disabled={busy || undefined}
            >
              Check the file
            </button>
            {busy && !checked ? (
              <p className="govuk-body" role="status">
                Checking the file…
              </p>
            ) : null}
          </form>
        </>
      ) : null}
      {summary && summary.problemCount > 0 ? (
        <ImportProblems summary={summary} after={false} />
      ) : null}
      {summary && summary.problemCount === 0 ? (
        <Preview summary={summary} onImport={() => void runImport()} />
      ) : null}
    </>
  );
}
