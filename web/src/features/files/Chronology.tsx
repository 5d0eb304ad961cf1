import { Link } from 'react-router';
import type { FileEntry } from '../../api/types';
import { Tag } from '../../components/Tag';
import { formatDateTimeShort } from '../../lib/dates';
import { ConcernFacts } from './ConcernFacts';
import { fileEntryKindLabel } from './entryKinds';

interface Props {
  entries: FileEntry[];
  canMark: boolean;
  canOpenConcerns: boolean;
  onMark: (entry: FileEntry, index: number) => void;
}

/**
 * Newest first. Significant entries carry a tag, so they stand out without relying on colour. A
 * concern's entry shows what it recorded from its fields; its `text` says the same for the PDF.
 */
export function Chronology({ entries, canMark, canOpenConcerns, onMark }: Props) {
  if (entries.length === 0) return <p className="govuk-body">No entries.</p>;
  return (
    <ol className="govuk-list haven-chronology" aria-label="Chronology, newest first">
      {entries.map((e, index) => (
        <li
          key={e.id}
          className={`haven-chronology__entry${e.significant ? ' haven-chronology__entry--significant' : ''}`}
        >
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <time dateTime={e.at}>{formatDateTimeShort(e.at)}</time>{' '}
            <Tag colour="grey">{fileEntryKindLabel(e.kind)}</Tag>{' '}
            {e.significant ? (
              <Tag colour="red" strong>
                Significant
              </Tag>
            ) : null}
          </p>
          <p className="govuk-body govuk-!-margin-bottom-1 haven-pre-wrap">{e.summary}</p>
          {e.concern ? (
            <ConcernFacts concern={e.concern} />
          ) : e.text && e.text !== e.summary ? (
            <p className="govuk-body govuk-!-margin-bottom-1 haven-pre-wrap">{e.text}</p>
          ) : null}
          <p className="govuk-body-s haven-secondary-text govuk-!-margin-bottom-1">
            {e.author.fullName}
          </p>
          <div className="haven-row-actions">
            {e.concernId && canOpenConcerns ? (
              <Link to={`/concerns/${encodeURIComponent(e.concernId)}`} className="govuk-link">
                Open the concern<span className="govuk-visually-hidden"> (entry {index + 1})</span>
              </Link>
            ) : null}
            {canMark ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary haven-button--compact"
                onClick={() => onMark(e, index)}
              >
                {e.significant ? 'Remove significant mark' : 'Mark as significant'}
                <span className="govuk-visually-hidden"> (entry {index + 1})</span>
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
