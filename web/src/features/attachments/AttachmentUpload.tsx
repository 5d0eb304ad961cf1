import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AttachmentAdded } from '../../api/types';
import { ErrorMessage, describedBy } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi } from '../../lib/formErrors';
import { concernKeys, concernPath } from '../concerns/queries';
import { fileKeys } from '../files/queries';
import {
  ATTACHMENT_ACCEPT,
  MAX_ATTACHMENT_BYTES,
  TOO_BIG,
  readAsBase64,
  sendableName,
} from './attachmentFiles';

interface Props {
  concernId: string;
  /** Id of the file input (unique on the page); its hint and error take it as a prefix. */
  id: string;
}

/** Every problem, whatever the API names, belongs to the one file input. */
const FIELD = 'content';

/**
 * D29: a photo or PDF added to a concern. The file is read into memory, sent, and let go: it is
 * never shown here and never kept in the browser.
 */
export function AttachmentUpload({ concernId, id }: Props) {
  const queryClient = useQueryClient();
  const form = useFormErrors();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; done: boolean } | undefined>();
  const error = form.errors[FIELD];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setStatus(undefined);
    const file = input.current?.files?.[0];
    if (!file) {
      form.show({ [FIELD]: 'Select a photo or PDF to attach' });
      return;
    }
    if (form.show(file.size > MAX_ATTACHMENT_BYTES ? { [FIELD]: TOO_BIG } : {})) return;
    setBusy(true);
    setStatus({ text: `Attaching ${file.name}…`, done: false });
    try {
      let contentBase64: string;
      try {
        contentBase64 = await readAsBase64(file);
      } catch {
        setStatus(undefined);
        form.show({ [FIELD]: 'The file could not be read. Select it again.' });
        return;
      }
      await api.post<AttachmentAdded>(`${concernPath(concernId)}/attachments`, {
        filename: sendableName(file.name),
        contentBase64,
      });
      if (input.current) input.current.value = '';
      setStatus({ text: `${file.name} attached`, done: true });
      await queryClient.invalidateQueries({ queryKey: concernKeys.one(concernId) });
      await queryClient.invalidateQueries({ queryKey: fileKeys.all });
    } catch (failure) {
      setStatus(undefined);
      form.show(
        errorsFromApi(failure, (f) => f === FIELD, { mapField: () => FIELD, fallbackField: FIELD }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={() => id} />
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          Choose a photo or PDF
        </label>
        <div id={hintId} className="govuk-hint">
          A photo (JPEG, PNG, WebP or HEIC) or a PDF, 10 MB or smaller: for example, a note or
          drawing by the child, or a letter. Never photograph a child’s injuries or body (use the
          body map), and never copy or save a nude or semi-nude image: tell the DSL instead.
        </div>
        <ErrorMessage id={errorId} message={error} />
        <input
          className="govuk-file-upload"
          id={id}
          name={id}
          type="file"
          accept={ATTACHMENT_ACCEPT}
          ref={input}
          onChange={() => setStatus(undefined)}
          aria-describedby={describedBy(hintId, error ? errorId : undefined)}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Attach file
      </button>
      <p
        className={`govuk-body haven-upload-status${status?.done ? ' haven-success' : ''}`}
        role="status"
      >
        {status?.text ?? ''}
      </p>
    </form>
  );
}
