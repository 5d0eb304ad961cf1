import type { MyConcern, Reconsideration } from '../../api/types';
import { formatDateTimeShort } from '../../lib/dates';

function Asked({ r }: { r: Reconsideration }) {
  return (
    <li>
      <p className="govuk-body govuk-!-margin-bottom-1">
        You asked the DSL to reconsider on {formatDateTimeShort(r.requestedAt)}.
      </p>
      {r.reason ? (
        <p className="govuk-body haven-pre-wrap haven-secondary-text">{r.reason}</p>
      ) : null}
      {r.answer !== null ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
            {r.answeredBy?.fullName ?? 'The DSL'} answered
            {r.answeredAt ? ` on ${formatDateTimeShort(r.answeredAt)}` : ''}
          </p>
          <blockquote className="haven-quote haven-pre-wrap">{r.answer}</blockquote>
        </>
      ) : (
        <p className="govuk-body">
          The DSL has not answered yet. You can ask again once they have; if something has changed,
          add information.
        </p>
      )}
    </li>
  );
}

/** D19: what the recorder asked, oldest first, and who answered each request and when. */
export function MyReconsiderations({ concern }: { concern: MyConcern }) {
  const asked = concern.reconsiderations;
  if (!asked.length) return null;
  return (
    <ol className="govuk-list haven-reconsideration">
      {asked.map((r) => (
        <Asked key={r.id} r={r} />
      ))}
    </ol>
  );
}

/** A recorder may ask again only once their last request has its answer. */
export const mayAskAgain = (concern: MyConcern): boolean =>
  concern.reconsiderations.every((r) => r.answeredAt !== null);
