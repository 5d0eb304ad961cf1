import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Deadline } from '../../api/types';
import { Details } from '../../components/Details';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { formatDateTimeShort } from '../../lib/dates';
import { TextForm } from '../concerns/TextForm';
import { formatDue } from './format';
import { deadlinePath } from './queries';

interface Props {
  deadline: Deadline;
  index: number;
  /** Keeps heading ids unique when two lists share a page. */
  idPrefix?: string;
  /** Link the child's name to their file (the DSL team). */
  linkToFile: boolean;
  canWaive: boolean;
  onWaived: (deadline: Deadline) => Promise<void>;
}

function StateTag({ d }: { d: Deadline }) {
  if (d.state === 'met') return <Tag colour="green">Done</Tag>;
  if (d.state === 'waived') return <Tag colour="grey">Waived</Tag>;
  // Never colour alone: the word says it.
  if (d.overdue || d.state === 'missed')
    return (
      <Tag colour="red" strong>
        Overdue
      </Tag>
    );
  return <Tag colour="blue">Due</Tag>;
}

/** One deadline: what to do, by when (UK time), for whom, and how the time was worked out. */
export function DeadlineItem(props: Props) {
  const { deadline: d, index, idPrefix = 'deadline', linkToFile, canWaive, onWaived } = props;
  const overdue = d.state !== 'met' && d.state !== 'waived' && (d.overdue || d.state === 'missed');
  const headingId = `${idPrefix}-${String(index + 1)}`;
  const rows: SummaryRow[] = [
    {
      key: 'due',
      label: 'Due by',
      value: (
        <>
          <time dateTime={d.dueAt}>{formatDue(d.dueAt)}</time>{' '}
          <span className="haven-secondary-text">(UK time)</span>
        </>
      ),
    },
    d.subjectType === 'allegation'
      ? {
          // A concern about an adult: no child is named; the case itself says who can open it.
          key: 'case',
          label: 'Case',
          value: (
            <Link to={`/allegations/${encodeURIComponent(d.subjectId)}`} className="govuk-link">
              Open the concern about an adult
              <span className="govuk-visually-hidden"> ({d.label})</span>
            </Link>
          ),
        }
      : d.subjectType === 'action' && !d.pupilId
        ? {
            // Someone given an action on a concern whose file they may not read: the action
            // itself says what to do, and only an action still to do is listed there.
            key: 'action',
            label: 'Action',
            value:
              d.state === 'open' || d.state === 'missed' ? (
                <Link to="/concerns/mine#my-actions-heading" className="govuk-link">
                  See your actions
                  <span className="govuk-visually-hidden"> ({d.label})</span>
                </Link>
              ) : (
                'An action you were given'
              ),
          }
        : {
            key: 'child',
            label: 'Child',
            value:
              d.pupilName && d.pupilId && linkToFile ? (
                <Link to={`/files/${encodeURIComponent(d.pupilId)}`} className="govuk-link">
                  {d.pupilName}
                  <span className="govuk-visually-hidden"> (child protection file)</span>
                </Link>
              ) : (
                (d.pupilName ?? <span className="haven-secondary-text">Not named</span>)
              ),
          },
    {
      key: 'owner',
      label: 'Whose it is',
      value: d.ownerName ?? <span className="haven-secondary-text">Nobody yet</span>,
    },
    { key: 'source', label: 'Why', value: d.source },
  ];
  if (d.remindAt && d.state === 'open')
    rows.push({ key: 'remind', label: 'Reminder', value: formatDue(d.remindAt) });
  if (d.closedAt)
    rows.push({
      key: 'closed',
      label: d.state === 'waived' ? 'Waived' : 'Done',
      value: formatDateTimeShort(d.closedAt),
    });
  if (d.waivedReason)
    rows.push({ key: 'waivedReason', label: 'Why it was waived', value: d.waivedReason });

  return (
    <li
      className={`haven-chronology__entry${overdue ? ' haven-chronology__entry--significant' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
        {d.label}
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <StateTag d={d} />
      </p>
      <SummaryList rows={rows} noBorder />
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        <strong>How this was worked out:</strong> <span className="haven-break">{d.basis}</span>
      </p>
      {canWaive && (d.state === 'open' || d.state === 'missed') ? (
        <Details
          summary={
            <>
              Waive this deadline<span className="govuk-visually-hidden"> ({d.label})</span>
            </>
          }
        >
          <TextForm
            id={`waive-${d.id}`}
            field="reason"
            label="Why is this deadline no longer needed?"
            hint="For example, the conference was moved by the local authority. This is recorded."
            submitLabel="Waive deadline"
            emptyError="Enter why the deadline is no longer needed"
            doneMessage="Deadline waived"
            onSubmit={async (reason) => {
              await api.post(`${deadlinePath(d.id)}/waive`, { reason });
              await onWaived(d);
            }}
          />
        </Details>
      ) : null}
    </li>
  );
}
