import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CtfFrom, CtfImportSummary } from '../../api/types';
import { ErrorMessage, describedBy } from '../../components/ErrorMessage';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import type { useFormErrors } from '../../components/useFormErrors';
import { WarningText } from '../../components/WarningText';
import { FORM_ERROR, errorsFromApi } from '../../lib/formErrors';
import { FlaggedTable } from './FlaggedTable';
import { ImportProblems } from './ImportProblems';
import { ImportResult } from './ImportResult';
import { countsInWords, pupils, rowsOf } from './labels';
import { CTF_MAX_BYTES, sendCtf, useRefreshPupils } from './queries';

/** The file input, where the error summary's `file` entry leads. */
export const CTF_FILE_ID = 'ctf-file';

/** "Meadow Primary School, DfE number 999 2002, URN 100002", leaving out what the file lacks. */
function fromInWords(from: CtfFrom): string {
  const parts: string[] = [];
  if (from.name) parts.push(from.name);
  if (from.lea && from.estab) parts.push(`DfE number ${from.lea} ${from.estab}`);
  if (from.urn) parts.push(`URN ${from.urn}`);
  return parts.length ? parts.join(', ') : 'The file does not say which school sent it';
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-s">What Haven did not keep</h3>
      <p className="govuk-body">
        These parts of the file are left out; the pupils themselves are still imported.
      </p>
      <ul className="govuk-list govuk-list--bullet haven-break" data-testid="ctf-warnings">
        {warnings.map((w, i) => (
          <li key={`${String(i)}-${w}`}>{w}</li>
        ))}
      </ul>
    </>
  );
}

function Preview({
  summary,
  busy,
  onImport,
}: {
  summary: CtfImportSummary;
  busy: boolean;
  onImport: () => void;
}) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const rows = rowsOf(summary.counts);
  return (
    <section aria-labelledby="import-preview" className="haven-small-form">
      <h2 className="govuk-heading-m" id="import-preview" tabIndex={-1} ref={ref}>
        {rows
          ? `The file is ready: ${pupils(rows)} can be imported`
          : 'No pupils in the file can be imported'}
      </h2>
      <dl className="govuk-summary-list" data-testid="ctf-from">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">From</dt>
          <dd className="govuk-summary-list__value">{fromInWords(summary.from)}</dd>
        </div>
      </dl>
      {rows || summary.problemCount ? (
        <ul className="govuk-list govuk-list--bullet" data-testid="import-counts">
          {countsInWords(summary.counts, false).map((line) => (
            <li key={line}>{line}</li>
          ))}
          {summary.problemCount > 0 ? (
            <li>{pupils(summary.problemCount)} cannot be imported: see below.</li>
          ) : null}
        </ul>
      ) : (
        <p className="govuk-body">The file has no pupils in it.</p>
      )}
      {summary.problemCount > 0 ? (
        <ImportProblems summary={summary} after={false} kind="ctf" />
      ) : null}
      {summary.flagged.length > 0 ? (
        <>
          <FlaggedTable
            flagged={summary.flagged}
            caption="Changes that will be held back for review"
            unit="Pupil"
          />
          <p className="govuk-body">
            A different date of birth or UPN may be a mistake in the file, or a different child.
            After the import, someone who can import pupils decides on each one.
          </p>
        </>
      ) : null}
      <Warnings warnings={summary.warnings} />
      {rows ? (
        <>
          <WarningText>
            Child protection records are never changed by an import. A CTF carries pupil data only:
            the previous school’s DSL sends a child protection file separately and securely.
          </WarningText>
          <button
            type="button"
            className="govuk-button"
            onClick={onImport}
            aria-disabled={busy || undefined}
          >
            Import {pupils(rows)}
          </button>
          {/* Always there, so screen readers hear it change. */}
          <p className={busy ? 'govuk-body' : undefined} role="status" data-testid="ctf-busy">
            {busy ? 'Importing the pupils…' : ''}
          </p>
        </>
      ) : (
        <p className="govuk-body">
          Ask the previous school to check the file and send it again, or add the pupils by hand.
        </p>
      )}
    </section>
  );
}

/**
 * A Common Transfer File (CTF, XML) from a pupil's previous school. Checked first; then every
 * pupil Haven can read is imported in one request, and each one it cannot is named on its own.
 * A file Haven cannot trust is refused whole. The file is held in memory only.
 */
export function CtfImport({
  form,
  onLock,
}: {
  form: ReturnType<typeof useFormErrors>;
  /** Told whether the page should hide the choice of kind (after the import). */
  onLock: (locked: boolean) => void;
}) {
  const refresh = useRefreshPupils();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [checked, setChecked] = useState<{ file: File; summary: CtfImportSummary } | null>(null);
  const [result, setResult] = useState<CtfImportSummary | null>(null);
  const locked = result !== null;
  useEffect(() => onLock(locked), [locked, onLock]);

  function reset() {
    setChecked(null);
    setResult(null);
    form.show({});
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setChecked(null);
    setResult(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      form.show({ file: 'Choose the CTF file (XML)' });
      return;
    }
    if (file.size > CTF_MAX_BYTES) {
      form.show({ file: 'The file is too large: a CTF must be 64 MB or smaller' });
      return;
    }
    if (file.size === 0) {
      form.show({ file: 'The file is empty' });
      return;
    }
    setBusy('checking');
    try {
      const { data } = await sendCtf(file, true);
      form.show({});
      setChecked({ file, summary: data });
    } catch (error) {
      form.show(errorsFromApi(error, () => false, { fallbackField: 'file' }));
    } finally {
      setBusy(null);
    }
  }

  async function runImport() {
    if (!checked || busy) return;
    setBusy('importing');
    try {
      const { data } = await sendCtf(checked.file, false);
      form.show({});
      setChecked(null);
      setResult(data);
      await refresh();
    } catch (error) {
      form.show(errorsFromApi(error, () => false, { fallbackField: FORM_ERROR }));
    } finally {
      setBusy(null);
    }
  }

  if (result)
    return (
      <>
        <ImportResult summary={result} unit="Pupil" />
        {result.problemCount > 0 ? <ImportProblems summary={result} after kind="ctf" /> : null}
        <Warnings warnings={result.warnings} />
        <button type="button" className="govuk-button govuk-button--secondary" onClick={reset}>
          Import another file
        </button>
      </>
    );

  const error = form.errors.file;
  const hintId = `${CTF_FILE_ID}-hint`;
  return (
    <>
      <p className="govuk-body">
        A pupil’s previous school sends their Common Transfer File (CTF) through the DfE’s School to
        School service (S2S), or your management information system may have saved it. Haven reads
        each pupil’s name, date of birth, UPN, sex, year group, SEN, whether they are looked after,
        and their emergency contacts. Pupils are matched on their UPN. Haven imports every pupil it
        can read and names each one it cannot.
      </p>
      <form onSubmit={(e) => void check(e)} noValidate className="haven-small-form">
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={CTF_FILE_ID}>
            Common Transfer File (XML)
          </label>
          <div className="govuk-hint" id={hintId}>
            The .xml file as it came, not opened and saved again. 64 MB at most.
          </div>
          <ErrorMessage id={`${CTF_FILE_ID}-error`} message={error} />
          <input
            className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
            id={CTF_FILE_ID}
            name={CTF_FILE_ID}
            type="file"
            accept=".xml,application/xml,text/xml"
            ref={fileInput}
            aria-describedby={describedBy(hintId, error && `${CTF_FILE_ID}-error`)}
            onChange={() => setChecked(null)}
          />
        </div>
        <button
          type="submit"
          className="govuk-button govuk-button--secondary"
          aria-disabled={busy !== null || undefined}
        >
          Check the file
        </button>
        {busy === 'checking' ? (
          <p className="govuk-body" role="status">
            Checking the file…
          </p>
        ) : null}
      </form>
      {checked ? (
        <Preview
          summary={checked.summary}
          busy={busy === 'importing'}
          onImport={() => void runImport()}
        />
      ) : null}
    </>
  );
}
