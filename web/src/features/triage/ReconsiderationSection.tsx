import type { ConcernDetail } from '../../api/types';
import { formatDateTimeShort } from '../../lib/dates';
import { TextForm } from '../concerns/TextForm';
import { useConcernAction } from './useConcernAction';

interface Props {
  concern: ConcernDetail;
  canAnswer: boolean;
}

/** D19: the recorder asked the DSL to think again; the answer goes back to them. */
export function ReconsiderationSection({ concern, canAnswer }: Props) {
  const act = useConcernAction(concern.id);
  const r = concern.reconsideration;
  if (!r) return null;
  return (
    <section aria-labelledby="reconsider-heading" className="haven-reconsideration">
      <h2 className="govuk-heading-m" id="reconsider-heading">
        Asked to reconsider
      </h2>
      <p className="govuk-body">
        {r.requestedBy?.fullName ?? 'The recorder'} asked on {formatDateTimeShort(r.requestedAt)}:
      </p>
      {r.reason ? <blockquote className="haven-quote haven-pre-wrap">{r.reason}</blockquote> : null}
      {r.answer ? (
        <>
          <h3 className="govuk-heading-s">Your team’s answer</h3>
          <p className="govuk-body haven-pre-wrap">{r.answer}</p>
          {r.answeredAt ? (
            <p className="govuk-body-s haven-secondary-text">
              Answered {formatDateTimeShort(r.answeredAt)}
            </p>
          ) : null}
        </>
      ) : canAnswer ? (
        <TextForm
          id="reconsideration-answer"
          field="answer"
          label="Your answer to the recorder"
          hint="They will see this in My concerns. Do not include details they do not need."
          submitLabel="Send answer"
          emptyError="Enter your answer"
          doneMessage="Answer sent"
          onSubmit={(answer) => act('/reconsideration-answer', { answer })}
        />
      ) : (
        <p className="govuk-body">Not answered yet.</p>
      )}
    </section>
  );
}
