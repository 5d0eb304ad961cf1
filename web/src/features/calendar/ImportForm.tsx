import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CalendarImportResult } from '../../api/types';
import { Details } from '../../components/Details';
import { ErrorMessage, describedBy } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { WarningText } from '../../components/WarningText';
import { errorsFromApi } from '../../lib/formErrors';
import { CalendarTable } from './CalendarTable';
import { calendarKey } from './queries';

interface Props {
  current: number;
  onSaved: (text: string) => void;
}

const FILE_ID = 'calendar-file';
const idFor = (key: string) => (key === 'paste' ? 'calendar-csv' : FILE_ID);
const COLUMNS: Record<string, string> = { kind: 'kind', name: 'name', start: 'start', end: 'end' };

function Problems({ result }: { result: CalendarImportResult }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="import-problems" className="haven-small-form">
      <h3 className="govuk-heading-s" id="import-problems" tabIndex={-1} ref={ref}>
        Problems in the file: nothing has been saved
      </h3>
      <table className="govuk-table haven-responsive-table" data-testid="import-problems">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Problems in the file, by row
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Row
            </th>
            <th scope="col" className="govuk-table__header">
              Column
            </th>
            <th scope="col" className="govuk-table__header">
              Problem
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {result.errors.map((e, i) => (
            <tr
              className="govuk-table__row"
              key={`${String(e.row)}-${String(e.field)}-${String(i)}`}
            >
              <th scope="row" className="govuk-table__header" data-label="Row">
                {e.row !== undefined ? `Row ${String(e.row)}` : 'The whole file'}
              </th>
              <td className="govuk-table__cell" data-label="Column">
                {e.field ? (COLUMNS[e.field] ?? e.field) : ''}
              </td>
              <td className="govuk-table__cell haven-break" data-label="Problem">
                {e.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        Correct the spreadsheet, save it as CSV again and check it again.
      </p>
    </section>
  );
}

/** A calendar from a spreadsheet saved as CSV: checked first, then saved all at once or not at all. */
export function ImportForm({ current, onSaved }: Props) {
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ csv: string; result: CalendarImportResult } | null>(
    null,
  );

  async function readCsv(): Promise<string> {
    const file = fileInput.current?.files?.[0];
    if (file) return file.text();
    return pasted;
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setPreview(null);
    let csv: string;
    try {
      csv = await readCsv();
    } catch {
      form.show({ csv: 'The file could not be read. Choose it again.' });
      return;
    }
    if (!csv.trim()) {
      form.show({ csv: 'Choose a CSV file, or paste the calendar' });
      return;
    }
    setBusy(true);
    try {
      const { data } = await api.post<CalendarImportResult>('/api/calendar/import', {
        csv,
        dryRun: true,
      });
      setPreview({ csv, result: data });
      form.show(
        data.errors.length
          ? {
              csv: `The file has ${data.errors.length === 1 ? '1 problem' : `${String(data.errors.length)} problems`}: see the list below`,
            }
          : {},
      );
    } catch (error) {
      form.show(errorsFromApi(error, () => false, { fallbackField: 'csv' }));
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    if (!preview || busy) return;
    setBusy(true);
    try {
      const { data } = await api.post<CalendarImportResult>('/api/calendar/import', {
        csv: preview.csv,
        dryRun: false,
      });
      await queryClient.invalidateQueries({ queryKey: calendarKey });
      setPreview(null);
      setPasted('');
      if (fileInput.current) fileInput.current.value = '';
      onSaved(
        `Calendar imported: ${data.entries.length === 1 ? '1 entry' : `${String(data.entries.length)} entries`}`,
      );
    } catch (error) {
      form.show(errorsFromApi(error, () => false, { fallbackField: 'csv' }));
    } finally {
      setBusy(false);
    }
  }

  const error = form.errors.csv;
  const hintId = `${FILE_ID}-hint`;
  const result = preview?.result;
  return (
    <>
      <form onSubmit={(e) => void check(e)} noValidate className="haven-small-form">
        <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={FILE_ID}>
            Calendar file (CSV)
          </label>
          <div className="govuk-hint" id={hintId}>
            Columns kind, name, start, end. Kinds: term, inset, closure, holiday, half-term. Dates
            as 2026-09-03 or 03/09/2026; leave end empty for a single day.
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
            onChange={() => setPreview(null)}
          />
        </div>
        <Details summary="Or paste the calendar instead">
          <TextArea
            id="calendar-csv"
            label="Calendar as CSV"
            hint="The first line must be kind,name,start,end"
            value={pasted}
            onChange={(v) => {
              setPasted(v);
              setPreview(null);
            }}
            rows={8}
            spellCheck={false}
          />
        </Details>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Check the calendar
        </button>
      </form>
      {result && result.errors.length > 0 ? <Problems result={result} /> : null}
      {result && result.errors.length === 0 ? (
        <section aria-labelledby="import-preview" className="haven-small-form">
          <h3 className="govuk-heading-s" id="import-preview">
            The file is ready:{' '}
            {result.entries.length === 1 ? '1 entry' : `${String(result.entries.length)} entries`}
          </h3>
          <CalendarTable entries={result.entries} caption="What will be saved" />
          <WarningText>
            Saving replaces the whole calendar
            {current
              ? ` (the ${current === 1 ? 'entry' : `${String(current)} entries`} there now)`
              : ''}
            .
          </WarningText>
          <button type="button" className="govuk-button" onClick={() => void save()}>
            Save this calendar
          </button>
        </section>
      ) : null}
    </>
  );
}
