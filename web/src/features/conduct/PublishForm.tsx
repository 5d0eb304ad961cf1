import { useEffect, useState, type FormEvent } from 'react';
import type { ConductVersion, ConductVersionInput } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { WarningText } from '../../components/WarningText';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { CONDUCT_BODY_MAX, CONDUCT_TITLE_MAX } from './queries';

const FIELDS = ['title', 'body'];
const idFor = (key: string) => `conduct-${key === 'body' ? 'body' : 'title'}`;

interface Props {
  current: ConductVersion | null;
  onPublish: (input: ConductVersionInput) => Promise<void>;
  /** Told whether the form is showing errors, for the page title. */
  onErrors: (showing: boolean) => void;
}

/** "Publish a new version": everyone must then read and acknowledge it again. */
export function PublishForm({ current, onPublish, onErrors }: Props) {
  const form = useFormErrors();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const showing = form.hasErrors;
  useEffect(() => {
    onErrors(showing);
    return () => onErrors(false);
  }, [showing, onErrors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!title.trim()) errors.title = 'Enter a title for the code of conduct';
    else if (title.trim().length > CONDUCT_TITLE_MAX)
      errors.title = `The title must be ${String(CONDUCT_TITLE_MAX)} characters or fewer`;
    if (!body.trim()) errors.body = 'Enter the text of the code of conduct';
    else if (body.trim().length > CONDUCT_BODY_MAX)
      errors.body = `The code of conduct must be ${CONDUCT_BODY_MAX.toLocaleString('en-GB')} characters or fewer`;
    if (form.show(errors)) return;
    setBusy(true);
    try {
      await onPublish({ title: title.trim(), body: body.trim() });
      setTitle('');
      setBody('');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    } finally {
      setBusy(false);
    }
  }

  const next = (current?.version ?? 0) + 1;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      {current ? (
        <>
          <WarningText>
            Everyone will have to read and acknowledge the new version, including those who have
            acknowledged version {String(current.version)}.
          </WarningText>
          <p className="govuk-body">
            <button
              type="button"
              id="conduct-copy"
              className="govuk-button govuk-button--secondary haven-button--compact"
              onClick={() => {
                setTitle(current.title);
                setBody(current.body);
                document.getElementById(idFor('title'))?.focus();
              }}
            >
              Start from version {String(current.version)}
            </button>
          </p>
        </>
      ) : null}
      <TextInput
        id={idFor('title')}
        label="Title"
        hint="For example, Staff code of conduct, September 2026"
        value={title}
        onChange={setTitle}
        error={form.errors.title}
        autoComplete="off"
      />
      <TextArea
        id={idFor('body')}
        label="The code of conduct"
        hint="Plain text. Leave a blank line between paragraphs."
        value={body}
        onChange={setBody}
        error={form.errors.body}
        rows={14}
      />
      <button type="submit" id="conduct-publish" className="govuk-button">
        Publish version {String(next)}
      </button>
    </form>
  );
}
