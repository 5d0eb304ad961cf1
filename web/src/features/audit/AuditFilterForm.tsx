import { useState, type FormEvent } from 'react';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { EVENT_OPTIONS } from './eventTypes';
import type { AuditFilters } from './queries';

interface Props {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

export function AuditFilterForm({ initial, onApply }: Props) {
  const [type, setType] = useState(initial.type);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ type, from, to, before: '' });
  }

  return (
    <form
      method="get"
      onSubmit={submit}
      className="haven-filters"
      noValidate
      aria-label="Filter events"
    >
      <SelectInput
        id="type"
        label="Event"
        options={EVENT_OPTIONS}
        emptyLabel="All events"
        value={type}
        onChange={setType}
      />
      <div className="haven-filters__dates">
        <TextInput id="from" label="From (date)" type="date" value={from} onChange={setFrom} />
        <TextInput id="to" label="To (date)" type="date" value={to} onChange={setTo} />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Show events
      </button>
    </form>
  );
}
