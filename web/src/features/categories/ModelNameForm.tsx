import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi } from '../../lib/formErrors';

const ID = 'need-model-name';

interface Props {
  name: string;
  onRename: (name: string) => Promise<void>;
}

/** The model's name, shown above the levels when the DSL team records a decision. */
export function ModelNameForm({ name, onRename }: Props) {
  const [value, setValue] = useState(name);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const trimmed = value.trim();
    if (!trimmed) {
      form.show({ model: 'Enter the name of the model' });
      return;
    }
    if (trimmed.length > 100) {
      form.show({ model: 'The name must be 100 characters or fewer' });
      return;
    }
    setBusy(true);
    try {
      await onRename(trimmed);
      form.show({});
    } catch (error) {
      form.show(errorsFromApi(error, () => false, { fallbackField: 'model' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={() => ID} />
      <TextInput
        id={ID}
        label="Name of the model"
        hint="For example, the one your local safeguarding partnership publishes"
        value={value}
        onChange={setValue}
        error={form.errors.model}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Save name
      </button>
    </form>
  );
}
