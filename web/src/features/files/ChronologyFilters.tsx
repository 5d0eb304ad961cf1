import { useState, type FormEvent } from 'react';
import { SelectInput } from '../../components/SelectInput';
import { SingleCheckbox } from '../../components/SingleCheckbox';
import { FILE_ENTRY_KINDS } from './entryKinds';

interface Props {
  kind: string;
  significant: boolean;
  onApply: (kind: string, significant: boolean) => void;
}

/** A GET form: the filters go in the address, never in browser storage. */
export function ChronologyFilters({ kind, significant, onApply }: Props) {
  const [k, setK] = useState(kind);
  const [s, setS] = useState(significant);
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(k, s);
  }
  return (
    <form
      method="get"
      onSubmit={submit}
      className="haven-filters"
      noValidate
      aria-label="Filter the chronology"
    >
      <SelectInput
        id="kind"
        label="Show"
        options={FILE_ENTRY_KINDS}
        emptyLabel="Everything"
        value={k}
        onChange={setK}
      />
      <SingleCheckbox id="significant" label="Significant only" checked={s} onChange={setS} />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Show entries
      </button>
    </form>
  );
}
