import type { BodyMark } from '../../api/types';
import { describeMarkPlace } from './markText';

interface Props {
  marks: (BodyMark & { key?: string })[];
  /** Names by pupil id, shown when the concern is about more than one child. */
  names?: Map<string, string>;
  onRemove?: (index: number) => void;
}

/** Every mark as text: the same information as the picture, for everyone. */
export function MarkList({ marks, names, onRemove }: Props) {
  if (marks.length === 0) return <p className="govuk-body">No marks recorded.</p>;
  return (
    <ol className="govuk-list haven-marks">
      {marks.map((m, index) => {
        const number = String(index + 1);
        const name = names && names.size > 1 ? names.get(m.pupilId) : undefined;
        const text = describeMarkPlace(m.side, m.x, m.y, m.markType);
        return (
          <li key={m.key ?? `${number}-${m.pupilId}`} className="haven-marks__item">
            <span className="haven-marks__text">
              <strong>{number}.</strong> {text.charAt(0).toUpperCase() + text.slice(1)}
              {name ? ` (${name})` : ''}
              {m.note ? <span className="haven-block haven-break">{m.note}</span> : null}
            </span>
            {onRemove ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary haven-button--compact"
                onClick={() => onRemove(index)}
              >
                Remove<span className="govuk-visually-hidden"> mark {number}</span>
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
