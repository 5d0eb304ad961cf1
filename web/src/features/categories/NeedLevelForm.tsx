import { useEffect, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';

const FIELDS = ['label', 'description'];

interface Props {
  /** Prefixes the fields' ids, so several forms can share the page. */
  idPrefix: string;
  initial?: { label: string; description: string };
  /** Words after "Name" and "Description" for screen readers, naming the level being changed. */
  forWhom?: string;
  submitText: string;
  onSubmit: (label: string, description: string) => Promise<void>;
  onCancel?: () => void;
}

/** A level's name and what it means: to add one, or to change one in place of its row. */
export function NeedLevelForm({
  idPrefix,
  initial,
  forWhom,
  submitText,
  onSubmit,
  onCancel,
}: Props) {
  const [label, setLabel] = useState(initial?.label ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const idFor = (key: string) => `${idPrefix}-${key}`;

  // Opened in place of a row's buttons: take keyboard users straight to the name.
  useEffect(() => {
    if (onCancel) document.getElementById(`${idPrefix}-label`)?.focus();
  }, [idPrefix, onCancel]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!label.trim()) errors.label = 'Enter a name for the level of need';
    else if (label.trim().length > 100) errors.label = 'The name must be 100 characters or fewer';
    if (description.trim().length > 500)
      errors.description = 'The description must be 500 characters or fewer';
    if (form.show(errors)) return;
    setBusy(true);
    try {
      await onSubmit(label.trim(), description.trim());
      // A form in place of a row goes away once saved; the form for a new level stays, empty.
      if (onCancel) return;
      setLabel('');
      setDescription('');
      setBusy(false);
    } catch (error) {
      setBusy(false);
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f), { fallbackField: 'label' }));
    }
  }

  const hidden = forWhom ? <span className="govuk-visually-hidden"> for {forWhom}</span> : null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <TextInput
        id={idFor('label')}
        label={<>Name{hidden}</>}
        value={label}
        onChange={setLabel}
        error={form.errors.label}
      />
      <TextArea
        id={idFor('description')}
        label={<>Description (optional){hidden}</>}
        hint="Shown to the DSL team when they choose a level for a decision"
        value={description}
        onChange={setDescription}
        error={form.errors.description}
        rows={2}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          {submitText}
        </button>
        {onCancel ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
