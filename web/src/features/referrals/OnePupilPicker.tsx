import { useRef, useState, type KeyboardEvent } from 'react';
import type { PupilMatch } from '../../api/types';
import { ErrorMessage, describedBy } from '../../components/ErrorMessage';
import { yearGroupLabel } from '../../lib/yearGroups';
import { usePupilSearch } from '../concerns/queries';
import { useDebounced } from '../concerns/useDebounced';

interface Props {
  chosen: PupilMatch | null;
  error?: string;
  onChoose: (match: PupilMatch | null) => void;
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
 * One child, found by name with the same search as "Record a concern". What is typed stays in
 * the page (never the address); once chosen, the child is shown with a way to change.
 */
export function OnePupilPicker({ chosen, error, onChoose }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState('');
  const [q, setQ] = useDebounced(text.trim(), 300);
  const [said, setSaid] = useState('');
  const search = usePupilSearch(chosen ? '' : q);
  const results = !chosen && q.length >= MIN ? search.data?.data : undefined;

  function searchNow(event?: KeyboardEvent<HTMLInputElement>) {
    if (event && event.key !== 'Enter') return;
    // Enter here searches: it must not send the form.
    event?.preventDefault();
    setQ(text.trim());
  }

  function choose(match: PupilMatch) {
    onChoose(match);
    setSaid(`${match.displayName} chosen.`);
    setText('');
    setQ('');
    window.setTimeout(() => changeRef.current?.focus(), 0);
  }

  function change() {
    onChoose(null);
    setSaid('');
    window.setTimeout(() => inputRef.current?.focus(), 0);
  }

  const hintId = 'pupil-search-hint';
  const errorId = error ? 'pupil-search-error' : undefined;
  if (chosen) {
    return (
      <div className="govuk-form-group">
        <p className="govuk-label govuk-label--s" id="pupil-chosen-label">
          Child
        </p>
        <p className="govuk-body govuk-!-margin-bottom-2" data-testid="pupil-chosen">
          <strong>{chosen.displayName}</strong>{' '}
          <span className="haven-secondary-text">({yearGroupLabel(chosen.yearGroup)})</span>
        </p>
        <button
          type="button"
          ref={changeRef}
          className="govuk-button govuk-button--secondary haven-button--compact"
          onClick={change}
        >
          Change child<span className="govuk-visually-hidden"> ({chosen.displayName})</span>
        </button>
        <p className="govuk-body-s haven-picker__status" role="status">
          {said}
        </p>
      </div>
    );
  }
  const message =
    results === undefined && q.length < MIN
      ? ''
      : resultsMessage(q, results?.length, search.isError);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor="pupil-search">
        Find the child
      </label>
      <div id={hintId} className="govuk-hint">
        Type at least 2 letters of their first or last name.
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
          onChange={(e) => setText(e.target.value)}
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
              <button type="button" className="haven-picker__option" onClick={() => choose(match)}>
                <span className="govuk-visually-hidden">Choose </span>
                {match.displayName}
                <span className="haven-picker__year">{yearGroupLabel(match.yearGroup)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
