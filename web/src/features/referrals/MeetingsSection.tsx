import { Details } from '../../components/Details';
import { Loading } from '../../components/Loading';
import { formatDateTimeShort } from '../../lib/dates';
import { labelIn } from './labels';
import { MeetingForm } from './MeetingForm';
import { useMeetings, useReferralOptions } from './queries';

interface Props {
  pupilId: string;
  onResult: (text: string, error?: boolean) => void;
}

/** D22: the child's child protection meetings, newest first, and a form to record one. */
export function MeetingsSection({ pupilId, onResult }: Props) {
  const meetings = useMeetings(pupilId);
  const options = useReferralOptions();
  const list = meetings.data?.data;
  const kinds = options.data?.data.meetingKinds;
  return (
    <section aria-labelledby="meetings-heading">
      <h2 className="govuk-heading-m" id="meetings-heading">
        Child protection meetings
      </h2>
      {meetings.isError ? (
        <p className="govuk-body">Meetings could not be loaded. Try again later.</p>
      ) : !list ? (
        <Loading what="meetings" />
      ) : list.length === 0 ? (
        <p className="govuk-body">No meetings recorded.</p>
      ) : (
        <ol className="govuk-list haven-timeline" aria-label="Meetings, newest first">
          {list.map((m) => (
            <li key={m.id} className="haven-timeline__item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{labelIn(kinds, m.kind)}</strong>,{' '}
                <time dateTime={m.heldAt}>{formatDateTimeShort(m.heldAt)}</time>
              </p>
              {m.notes ? (
                <p className="govuk-body govuk-!-margin-bottom-1 haven-pre-wrap">{m.notes}</p>
              ) : null}
              <p className="govuk-body-s haven-secondary-text">
                Recorded by {m.recordedBy.fullName}
              </p>
            </li>
          ))}
        </ol>
      )}
      {options.data ? (
        <Details summary="Record a meeting">
          <MeetingForm
            pupilId={pupilId}
            options={options.data.data}
            onDone={(text) => onResult(text)}
          />
        </Details>
      ) : null}
    </section>
  );
}
