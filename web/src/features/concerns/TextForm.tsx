import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../components/useFormErrors';
import { FORM_ERROR, errorsFromApi } from '../../lib/formErrors';

interface Props {
  /** Id of the textarea; the API field it maps to is `field`. */
  id: string;
  field: string;
  label: string;
  hint?: string;
  submitLabel: string;
  emptyError: string;
  doneMessage: string;
  onSubmit: (text: string) => Promise<unknown>;
}

/** A one-box form (reason, answer, added information) with its own errors and confirmation. */
export function TextForm(props: Props) {
  const { id, field, label, hint, submitLabel, emptyError, doneMessage, onSubmit } = props;
  const form = useFormErrors();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(undefined);
    if (form.show(text.trim() ? {} : { [field]: emptyError })) return;
    setBusy(true);
    try {
      await onSubmit(text.trim());
      setText('');
      setDone(doneMessage);
    } catch (error) {
      form.show(errorsFromApi(error, (f) => f === field, { fallbackField: FORM_ERROR }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={() => id} />
      <TextArea
        id={id}
        label={label}
        labelClassName="govuk-label--s"
        hint={hint}
        value={text}
        onChange={setText}
        error={form.errors[field]}
        rows={3}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        {submitLabel}
      </button>
      <SuccessMessage text={done} />
    </form>
  );
}
