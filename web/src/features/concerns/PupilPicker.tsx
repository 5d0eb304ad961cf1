import { useRef, useState, type KeyboardEvent } from 'react';
import type { PupilMatch } from '../../api/types';
import { ErrorMessage, describedBy } from '../../components/ErrorMessage';
import { yearGroupLabel } from '../../lib/yearGroups';
import type { ChosenChild } from './concernForm';
import { usePupilSearch } from './queries';
import { useDebounced } from './useDebounced';

interface Props {
  chosen: ChosenChild[];
  error?: string;
  onAdd: (match: PupilMatch) => void;
}

const MIN = 2;

function resultsMessage(q: string, count: number | undefined, failed: boolean): string {
  if (q.length < MIN) return '';
  if (failed) return 'The search did not work. Try again.';
  if (count === undefined) return 'Searching…';
  if (count === 0) return 'No children found. Check the spelling, or try their last name.';
  return count === 1 ? '1 child found' : `${String(count)} children found`;
}

/**
 * Find a child by name as you type. Results are buttons; a polite live region says how many
 * were found, and after adding a child focus goes back to the search box for the next one.
 */
export function PupilPicker({ chosen, error, onAdd }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [q, setQ] = useDebounced(text.trim(), 300);
  const [added, setAdded] = useState('');
  const search = usePupilSearch(q);
  const results = q.length >= MIN ? search.data?.data : undefined;
  const chosenIds = new Set(chosen.map((c) => c.pupilId));

  function searchNow(event?: KeyboardEvent<HTMLInputElement>) {
    if (event && event.key !== 'Enter') return;
    // Enter here searches: it must not send the whole concern form.
    event?.preventDefault();
    setQ(text.trim());
  }

  function add(match: PupilMatch) {
    onAdd(match);
    setAdded(`${match.displayName} added as subject of concern. You can change their role below.`);
    setText('');
    setQ('');
    inputRef.current?.focus();
  }

  const hintId = 'pupil-search-hint';
  const errorId = error ? 'pupil-search-error' : undefined;
  const message =
    results === undefined && q.length < MIN
      ? added
      : resultsMessage(q, results?.length, search.isError);

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor="pupil-search">
        Find a child
      </label>
      <div id={hintId} className="govuk-hint">
        Type at least 2 letters of their first or last name. You can add more than one child.
      </div>
      <ErrorMessage id="pupil-search-error" message={error} />
      <div className="haven-picker__bar">
        <input
          ref={inputRef}
          className={`govuk-input haven-picker__input${error ? ' govuk-input--error' : ''}`}
          id="pupil-search"
          name="pupil-search"
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setAdded('');
          }}
          onKeyDown={searchNow}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy(hintId, errorId)}
          aria-invalid={error ? true : undefined}
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary haven-picker__button"
          onClick={() => searchNow()}
        >
          Search
        </button>
      </div>
      <p className="govuk-body-s haven-picker__status" role="status">
        {message}
      </p>
      {results && results.length > 0 ? (
        <ul className="haven-picker__results" aria-label="Children found">
          {results.map((match) => (
            <li key={match.id} className="haven-picker__result">
              {chosenIds.has(match.id) ? (
                <span className="haven-picker__added">
                  {match.displayName}, {yearGroupLabel(match.yearGroup)}
                  <span className="haven-secondary-text"> (added)</span>
                </span>
              ) : (
                <button type="button" className="haven-picker__option" onClick={() => add(match)}>
                  <span className="govuk-visually-hidden">Add </span>
                  {match.displayName}
                  <span className="haven-picker__year">{yearGroupLabel(match.yearGroup)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
