import { useState, type FormEvent } from 'react';
import type { Person } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { errorsFromApi, type FormErrors } from '../../lib/formErrors';
import { useConcernAction } from './useConcernAction';

interface Props {
  concernId: string;
  people: Person[];
  onResult: (text: string) => void;
}

const FIELDS = ['description', 'ownerId', 'dueOn'];
const idFor = (key: string) => `action-${key}`;

export function AddActionForm({ concernId, people, onResult }: Props) {
  const act = useConcernAction(concernId);
  const form = useFormErrors();
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState(people.length === 1 ? (people[0]?.id ?? '') : '');
  const [dueOn, setDueOn] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormErrors = {};
    if (!description.trim()) errors.description = 'Enter what needs to be done';
    if (!ownerId) errors.ownerId = 'Select who will do it';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn)) errors.dueOn = 'Enter the date it is due';
    if (form.show(errors)) return;
    try {
      await act('/actions', { description: description.trim(), ownerId, dueOn });
      setDescription('');
      setDueOn('');
      onResult('Action added');
    } catch (error) {
      form.show(errorsFromApi(error, (f) => FIELDS.includes(f)));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <h3 className="govuk-heading-s">Add an action</h3>
      <TextInput
        id={idFor('description')}
        label="What needs to be done"
        value={description}
        onChange={setDescription}
        error={form.errors.description}
      />
      <SelectInput
        id={idFor('ownerId')}
        label="Who will do it"
        options={people.map((p) => ({ value: p.id, label: p.fullName }))}
        emptyLabel="Select a person"
        value={ownerId}
        onChange={setOwnerId}
        error={form.errors.ownerId}
      />
      <TextInput
        id={idFor('dueOn')}
        label="Due by"
        type="date"
        widthClass="govuk-input--width-10"
        value={dueOn}
        onChange={setDueOn}
        error={form.errors.dueOn}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add action
      </button>
    </form>
  );
}
