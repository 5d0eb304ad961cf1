import { useState, type FormEvent, type ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  initial: string;
  onSearch: (q: string) => void;
  /** Extra filters shown before the search button. */
  children?: ReactNode;
}

/** A GET search form: submitting it puts `q` in the address, so results can be bookmarked. */
export function SearchForm({ id, label, initial, onSearch, children }: Props) {
  const [q, setQ] = useState(initial);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(q.trim());
  }
  return (
    <form method="get" role="search" onSubmit={submit} className="haven-search" noValidate>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          {label}
        </label>
        <input
          className="govuk-input haven-search__input"
          id={id}
          name="q"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      {children}
      <button type="submit" className="govuk-button govuk-button--secondary haven-search__button">
        Search
      </button>
    </form>
  );
}
