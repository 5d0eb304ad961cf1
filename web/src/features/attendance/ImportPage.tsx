import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { MarksImportResult } from '../../api/types';
import { BackLink } from '../../components/BackLink';
import { ErrorMessage, describedBy } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { base64Bytes } from '../../lib/base64';
import { formatDate } from '../../lib/dates';
import { errorsFromApi } from '../../lib/formErrors';
import { ImportProblems } from './ImportProblems';
import { OffCalendarWarning } from './OffCalendarWarning';
import { attendanceKeys } from './queries';

const FILE_ID = 'marks-file';
const MAX_BYTES = 2 * 1024 * 1024;
const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

/**
 * `/attendance/import` (office, leaders, DSL team): a register export checked first, then saved
 * all at once or not at all. The file goes as its bytes, so the server can refuse one that is not
 * UTF-8 rather than guess at it.
 */
export function ImportPage() {
  usePageTitle('Import attendance marks');
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ content: string; result: MarksImportResult } | null>(
    null,
  );
  const [notice, setNotice] = useState({ key: 0, text: '' });

  async function check(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setPreview(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      form.show({ file: 'Choose the CSV file of attendance marks' });
      return;
    }
    if (file.size > MAX_BYTES) {
      form.show({ file: 'The file is larger than 2 MB: import a term or a half term at a time' });
      return;
    }
    setBusy(true);
    try {
      const content = base64Bytes(new Uint8Array(await file.arrayBuffer()));
      const { data } = await api.post<MarksImportResult>('/api/attendance/import', {
        contentBase64: content,
        dryRun: true,
      });
      setPreview({ content, result: data });
      form.show(
        data.errors.length
          ? {
              file: `The file has ${plural(data.errors.length, 'problem', 'problems')}: see the list below`,
            }
          : {},
      );
    } catch (error) {
      form.show(errorsFromApi(error, () => false, { fallbackField: 'file' }));
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    if (!preview || busy) return;
    setBusy(true);
    try {
      const { data } = await api.post<MarksImportResult>('/api/attendance/import', {
        contentBase64: preview.content,
        dryRun: false,
      });
      await queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
      setPreview(null);
      if (fileInput.current) fileInput.current.value = '';
      const extra = data.notices
        ? `. ${plural(data.notices, 'pupil has', 'pupils have')} reached 10 school days of unauthorised absence: the DSL team has been told`
        : '';
      setNotice((n) => ({
        key: n.key + 1,
        text: `Imported ${plural(data.marks, 'mark', 'marks')} for ${plural(data.pupils, 'pupil', 'pupils')}${extra}`,
      }));
    } catch (error) {
      form.show(errorsFromApi(error, () => false, { fallbackField: 'file' }));
    } finally {
      setBusy(false);
    }
  }

  const error = form.errors.file;
  const result = preview?.result;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/attendance">Back to attendance</BackLink>
        <Notice noticeKey={notice.key} text={notice.text} />
        <PageHeading>Import attendance marks</PageHeading>
        <p className="govuk-body">
          Export the register from your management information system as a CSV file with the columns
          upn, date, session (AM or PM) and code, using the national attendance codes. Importing a
          file again replaces the marks it holds; it never adds them twice.
        </p>
        <form onSubmit={(e) => void check(e)} noValidate>
          <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={() => FILE_ID} />
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={FILE_ID}>
              Attendance marks file (CSV UTF-8)
            </label>
            <div className="govuk-hint" id={`${FILE_ID}-hint`}>
              Dates as 2026-11-03 or 03/11/2026. At most 2 MB: a term or a half term at a time.
            </div>
            <ErrorMessage id={`${FILE_ID}-error`} message={error} />
            <input
              className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
              id={FILE_ID}
              name={FILE_ID}
              type="file"
              accept=".csv,text/csv"
              ref={fileInput}
              aria-describedby={describedBy(`${FILE_ID}-hint`, error && `${FILE_ID}-error`)}
              onChange={() => setPreview(null)}
            />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            Check the file
          </button>
        </form>
        {result && result.errors.length > 0 ? <ImportProblems result={result} /> : null}
        {result && result.errors.length === 0 ? (
          <section aria-labelledby="import-preview">
            <h2 className="govuk-heading-m" id="import-preview">
              The file is ready: {plural(result.marks, 'mark', 'marks')} for{' '}
              {plural(result.pupils, 'pupil', 'pupils')}
            </h2>
            <p className="govuk-body">
              From {formatDate(result.from ?? '')} to {formatDate(result.to ?? '')}.
            </p>
            <OffCalendarWarning off={result.offCalendar} />
            <button type="button" className="govuk-button" onClick={() => void save()}>
              Import these marks
            </button>
          </section>
        ) : null}
        <p className="govuk-body">
          <Link to="/attendance/codes" className="govuk-link">
            The national attendance codes
          </Link>
        </p>
      </div>
    </div>
  );
}
