import { useState, type FormEvent } from 'react';
import { Radios } from '../../components/Radios';
import { SingleCheckbox } from '../../components/SingleCheckbox';
import type { InboxFilter } from '../concerns/queries';

export const OWNER_OPTIONS = [
  { value: '', label: 'Anyone' },
  { value: 'me', label: 'Me' },
  { value: 'none', label: 'Unassigned' },
];

interface Props {
  initial: InboxFilter;
  onApply: (filter: InboxFilter) => void;
}

/**
 * Who owns the case, and urgent only. Applying puts them in the address (ids and flags only), so
 * "my cases" can be bookmarked; the search box's words never go there.
 */
export function InboxOwnerForm({ initial, onApply }: Props) {
  const [owner, setOwner] = useState(initial.owner);
  const [urgent, setUrgent] = useState(initial.urgent);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ status: initial.status, owner, urgent });
  }

  return (
    <form
      method="get"
      onSubmit={submit}
      className="haven-filters"
      noValidate
      aria-label="Filter concerns"
    >
      <Radios
        id="owner"
        legend="Case owner"
        options={OWNER_OPTIONS}
        value={owner}
        onChange={setOwner}
        inline
        small
      />
      <SingleCheckbox id="urgent" label="Urgent only" checked={urgent} onChange={setUrgent} />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply filters
      </button>
    </form>
  );
}
