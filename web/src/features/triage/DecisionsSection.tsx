import type { ConcernDetail, LevelsOfNeed } from '../../api/types';
import { formatDateTimeShort } from '../../lib/dates';
import { outcomeLabel } from '../concerns/labels';
import { DecisionForm } from './DecisionForm';

interface Props {
  concern: ConcernDetail;
  levels: LevelsOfNeed | undefined;
  canDecide: boolean;
  onResult: (text: string) => void;
}

export function DecisionsSection({ concern, levels, canDecide, onResult }: Props) {
  const levelLabel = (code: string) => levels?.levels.find((l) => l.code === code)?.label ?? code;
  return (
    <section aria-labelledby="decisions-heading">
      <h2 className="govuk-heading-m" id="decisions-heading">
        Decisions
      </h2>
      {concern.decisions.length === 0 ? (
        <p className="govuk-body">No decision recorded yet.</p>
      ) : (
        <ol className="govuk-list haven-timeline" reversed>
          {[...concern.decisions].reverse().map((d) => (
            <li key={d.id} className="haven-timeline__item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{outcomeLabel(d.outcome)}</strong>, level of need:{' '}
                {levelLabel(d.levelOfNeed)}
              </p>
              <p className="govuk-body haven-pre-wrap govuk-!-margin-bottom-1">{d.rationale}</p>
              <p className="govuk-body-s haven-secondary-text">
                {d.decidedBy.fullName}, {formatDateTimeShort(d.at)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canDecide ? (
        <DecisionForm concernId={concern.id} levels={levels} onResult={onResult} />
      ) : null}
    </section>
  );
}
