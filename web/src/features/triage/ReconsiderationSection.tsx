import { useState } from 'react';
import type { ConcernDetail, Reconsideration } from '../../api/types';
import { Notice } from '../../components/Notice';
import { formatDateTimeShort } from '../../lib/dates';
import { TextForm } from '../concerns/TextForm';
import { useConcernAction } from './useConcernAction';

interface Props {
  concern: ConcernDetail;
  canAnswer: boolean;
}

function Request({ r }: { r: Reconsideration }) {
  return (
    <li>
      <p className="govuk-body">
        {r.requestedBy.fullName} asked on {formatDateTimeShort(r.requestedAt)}:
      </p>
      {r.reason ? <blockquote className="haven-quote haven-pre-wrap">{r.reason}</blockquote> : null}
      {r.answer !== null ? (
        <>
          <h3 className="govuk-heading-s">
            Answered by {r.answeredBy?.fullName ?? 'the DSL team'}
            {r.answeredAt ? ` on ${formatDateTimeShort(r.answeredAt)}` : ''}
          </h3>
          <p className="govuk-body haven-pre-wrap">{r.answer}</p>
        </>
      ) : (
        <p className="govuk-body">Not answered yet.</p>
      )}
    </li>
  );
}

/**
 * D19: the recorder asked the DSL to think again, perhaps more than once. Every request and answer
 * stays on the record, oldest first; the concern cannot be closed while one waits.
 */
export function ReconsiderationSection({ concern, canAnswer }: Props) {
  const act = useConcernAction(concern.id);
  // The answer form goes once answered, so its confirmation is said (and focused) here.
  const [sent, setSent] = useState({ key: 0, text: '' });
  const asked = concern.reconsiderations;
  if (!asked.length) return null;
  const waiting = asked.some((r) => r.answeredAt === null);
  return (
    <section aria-labelledby="reconsider-heading" className="haven-reconsideration">
      <h2 className="govuk-heading-m" id="reconsider-heading">
        Asked to reconsider
      </h2>
      <Notice noticeKey={sent.key} text={sent.text} />
      <ol className="govuk-list">
        {asked.map((r) => (
          <Request key={r.id} r={r} />
        ))}
      </ol>
      {waiting && canAnswer ? (
        <TextForm
          id="reconsideration-answer"
          field="answer"
          label="Your answer to the recorder"
          hint="They will see this, and your name, in My concerns. Do not include details they do not need. The concern cannot be closed until you answer."
          submitLabel="Send answer"
          emptyError="Enter your answer"
          doneMessage="Answer sent"
          onSubmit={async (answer) => {
            await act('/reconsideration-answer', { answer });
            setSent((n) => ({ key: n.key + 1, text: 'Answer sent. The recorder has been told.' }));
          }}
        />
      ) : null}
    </section>
  );
}
