import { useEffect, useState, type FormEvent } from 'react';
import type { Category } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi } from '../../lib/formErrors';

interface Props {
  category: Category;
  onRename: (label: string) => Promise<void>;
  onCancel: () => void;
}

/** Renaming one category, in place of its row. */
export function RenameForm({ category, onRename, onCancel }: Props) {
  const [label, setLabel] = useState(category.label);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const id = `rename-${category.id}`;

  // The form replaces the row's buttons: take keyboard users straight to the name.
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const trimmed = label.trim();
    if (!trimmed) {
      form.show({ label: 'Enter a new name for the category' });
      return;
    }
    if (trimmed.length > 100) {
      form.show({ label: 'The name must be 100 characters or fewer' });
      return;
    }
    setBusy(true);
    try {
      await onRename(trimmed);
    } catch (error) {
      setBusy(false);
      form.show(errorsFromApi(error, () => false, { fallbackField: 'label' }));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={() => id} />
      <TextInput
        id={id}
        label={
          <>
            New name<span className="govuk-visually-hidden"> for {category.label}</span>
          </>
        }
        value={label}
        onChange={setLabel}
        error={form.errors.label}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Save name
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
