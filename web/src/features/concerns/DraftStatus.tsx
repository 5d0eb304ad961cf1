import { Link } from 'react-router';
import { formatTime } from '../../lib/dates';
import type { DraftState } from './useDraftSaver';

/** What happened to the draft. Button saves are announced; the 30-second saves are not. */
export function DraftStatus({ state }: { state: DraftState }) {
  const manual = state.error
    ? state.error
    : state.nothingToSave
      ? 'There is nothing to save yet.'
      : state.savedAt && !state.auto
        ? `Draft saved at ${formatTime(state.savedAt)}.`
        : '';
  return (
    <>
      <p className="govuk-body haven-draft-status" role="status">
        {manual}
        {manual && state.savedAt && !state.auto ? (
          <>
            {' '}
            <Link to="/concerns/drafts" className="govuk-link">
              See your drafts
            </Link>
          </>
        ) : null}
      </p>
      {state.savedAt && state.auto ? (
        <p className="govuk-body-s haven-secondary-text">
          Draft saved automatically at {formatTime(state.savedAt)}.
        </p>
      ) : null}
    </>
  );
}
