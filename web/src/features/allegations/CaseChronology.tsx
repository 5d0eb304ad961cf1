import type { CaseEntry } from '../../api/types';
import { Tag } from '../../components/Tag';
import { formatDateTimeShort } from '../../lib/dates';
import { entryKindLabel } from './labels';

/** Everything that has happened on the case, newest first (the server's order). */
export function CaseChronology({ entries }: { entries: CaseEntry[] }) {
  if (entries.length === 0) return <p className="govuk-body">Nothing has been recorded yet.</p>;
  return (
    <ol
      className="govuk-list haven-chronology"
      aria-label="Case chronology, newest first"
      data-testid="allegation-chronology"
    >
      {entries.map((e) => (
        <li key={e.id} className="haven-chronology__entry" data-testid="allegation-entry">
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <time dateTime={e.at}>{formatDateTimeShort(e.at)}</time>{' '}
            <Tag colour="grey">{entryKindLabel(e.kind)}</Tag>
          </p>
          <p className="govuk-body govuk-!-margin-bottom-1 haven-pre-wrap haven-break">
            {e.summary}
          </p>
          {e.text && e.text !== e.summary ? (
            <p className="govuk-body govuk-!-margin-bottom-1 haven-pre-wrap haven-break">
              {e.text}
            </p>
          ) : null}
          <p className="govuk-body-s haven-secondary-text govuk-!-margin-bottom-1">
            {e.author.fullName}
          </p>
        </li>
      ))}
    </ol>
  );
}
