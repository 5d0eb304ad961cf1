import { useState, type FormEvent } from 'react';
import type { CalendarEntryInput, CalendarEntryKind } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { useFormErrors } from '../../components/useFormErrors';
import { FORM_ERROR, type FormErrors } from '../../lib/formErrors';
import { ENTRY_KINDS } from './labels';

interface Props {
  onAdd: (entry: CalendarEntryInput) => Promise<void>;
}

const idFor = (key: string) => `entry-${key}`;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** One term or closure, added to the calendar and saved at once. */
export function AddEntryForm({ onAdd }: Props) {
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [kind, setKind] = useState('');
  const [name, setName] = useState('');
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: FormErrors = {};
    if (!kind) errors.kind = 'Choose what kind of dates these are';
    if (!name.trim() && kind === 'term')
      errors.name = 'Enter the term’s name, for example Autumn 2026';
    if (!ISO.test(first)) errors.first = 'Enter the first day';
    if (last && !ISO.test(last)) errors.last = 'Enter the last day as a date';
    else if (!last && kind === 'term') errors.last = 'Enter the last day of the term';
    else if (last && ISO.test(first) && last < first)
      errors.last = 'The last day must be the same as or after the first day';
    if (form.show(errors)) return;
    const fallback = ENTRY_KINDS.find((k) => k.value === kind)?.label ?? 'Closed';
    setBusy(true);
    try {
      await onAdd({
        kind: kind as CalendarEntryKind,
        name: name.trim() || fallback,
        first,
        last: last || first,
      });
      setKind('');
      setName('');
      setFirst('');
      setLast('');
      form.show({});
    } catch (error) {
      form.show({ [FORM_ERROR]: error instanceof Error ? error.message : 'Something went wrong' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="haven-small-form">
      <ErrorSummary errors={form.errors} focusKey={form.focusKey} idFor={idFor} />
      <Radios
        id={idFor('kind')}
        legend="What kind of dates?"
        options={ENTRY_KINDS}
        value={kind}
        onChange={setKind}
        error={form.errors.kind}
        small
      />
      <TextInput
        id={idFor('name')}
        label={kind === 'term' ? 'Name' : 'Name (optional)'}
        hint="For example, Autumn 2026, or October half term"
        value={name}
        onChange={setName}
        error={form.errors.name}
      />
      <TextInput
        id={idFor('first')}
        label="First day"
        type="date"
        widthClass="govuk-input--width-10"
        value={first}
        onChange={setFirst}
        error={form.errors.first}
      />
      <TextInput
        id={idFor('last')}
        label={kind === 'term' ? 'Last day' : 'Last day (leave empty for one day)'}
        type="date"
        widthClass="govuk-input--width-10"
        value={last}
        onChange={setLast}
        error={form.errors.last}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add and save
      </button>
    </form>
  );
}
