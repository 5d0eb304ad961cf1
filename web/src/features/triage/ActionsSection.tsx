import type { ConcernDetail, Person } from '../../api/types';
import { Tag } from '../../components/Tag';
import { formatDate, formatDateTimeShort } from '../../lib/dates';
import { AddActionForm } from './AddActionForm';
import { useConcernAction } from './useConcernAction';

interface Props {
  concern: ConcernDetail;
  people: Person[];
  canAct: boolean;
  onResult: (text: string, error?: boolean) => void;
}

export function ActionsSection({ concern, people, canAct, onResult }: Props) {
  const act = useConcernAction(concern.id);
  async function done(actionId: string, description: string) {
    try {
      await act(`/actions/${encodeURIComponent(actionId)}/done`);
      onResult(`Action done: ${description}`);
    } catch (error) {
      onResult(error instanceof Error ? error.message : 'Something went wrong', true);
    }
  }
  return (
    <section aria-labelledby="actions-heading">
      <h2 className="govuk-heading-m" id="actions-heading">
        Actions
      </h2>
      {concern.actions.length === 0 ? (
        <p className="govuk-body">No actions yet.</p>
      ) : (
        <ul className="govuk-list haven-timeline">
          {concern.actions.map((a, index) => (
            <li key={a.id} className="haven-timeline__item">
              <p className="govuk-body govuk-!-margin-bottom-1 haven-pre-wrap">{a.description}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {a.owner.fullName}, due by {formatDate(a.dueOn)}{' '}
                {a.doneAt ? (
                  <Tag colour="green">Done {formatDateTimeShort(a.doneAt)}</Tag>
                ) : (
                  <Tag colour="yellow">To do</Tag>
                )}
              </p>
              {!a.doneAt && canAct ? (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary haven-button--compact"
                  onClick={() => void done(a.id, a.description)}
                >
                  Mark as done<span className="govuk-visually-hidden"> (action {index + 1})</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canAct ? <AddActionForm concernId={concern.id} people={people} onResult={onResult} /> : null}
    </section>
  );
}
