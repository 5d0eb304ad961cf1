import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';

const FIELDS = ['label', 'group'];
const idFor = (key: string) => (key === 'group' ? 'new-category-group' : 'new-category-label');

interface Props {
  groups: string[];
  onAdd: (label: string, group: string) => Promise<void>;
}

/** "Add a category": a name, and one of the existing groups or none. */
export function AddCategoryForm({ groups, onAdd }: Props) {
  const form = useFormErrors();
  const [label, setLabel] = useState('');
  const [group, setGroup] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!label.trim()) errors.label = 'Enter a name for the category';
    else if (label.trim().length > 100) errors.label = 'The name must be 100 characters or fewer';
    if (form.show(errors)) return;
    setBusy(true);
    try {
      await onAdd(label.trim(), group);
      setLabel('');
      setGroup('');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f), { fallbackField: 'label' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <TextInput
        id="new-category-label"
        label="Name"
        hint="As staff will see it when they record a concern"
        value={label}
        onChange={setLabel}
        error={form.errors.label}
      />
      <SelectInput
        id="new-category-group"
        label="Group (optional)"
        options={groups.map((g) => ({ value: g, label: g }))}
        emptyLabel="No group"
        value={group}
        onChange={setGroup}
        error={form.errors.group}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add category
      </button>
    </form>
  );
}
