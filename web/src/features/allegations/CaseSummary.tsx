import type { AllegationCase } from '../../api/types';
import { NotGiven, SummaryList, type SummaryRow } from '../../components/SummaryList';
import { formatDateTimeShort } from '../../lib/dates';
import { relationshipLabel, routeLabel } from './labels';

const text = (value: string) =>
  value.trim() ? <span className="haven-pre-wrap haven-break">{value}</span> : <NotGiven />;

/** What was raised, by whom and when, in the raiser's words. */
export function CaseSummary({ c }: { c: AllegationCase }) {
  const rows: SummaryRow[] = [
    {
      key: 'subject',
      label: 'About',
      value: (
        <>
          <span className="haven-break">{c.subject.name}</span>
          <span className="haven-block haven-secondary-text">
            {relationshipLabel(c.subject.relationship)}
            {c.subject.staffId ? ' (has a Haven account)' : ''}
          </span>
          {c.subject.details.trim() ? (
            <span className="haven-block haven-pre-wrap haven-break">{c.subject.details}</span>
          ) : null}
        </>
      ),
    },
    { key: 'raisedBy', label: 'Raised by', value: c.raisedBy.fullName },
    { key: 'raisedAt', label: 'Raised', value: formatDateTimeShort(c.raisedAt) },
    { key: 'route', label: 'Sent to', value: routeLabel(c.route) },
    { key: 'whatHappened', label: 'What happened', value: text(c.whatHappened) },
    {
      key: 'incidentAt',
      label: 'When it happened',
      value: c.incidentAt ? (
        `${formatDateTimeShort(c.incidentAt)} (UK time)`
      ) : (
        <span className="haven-secondary-text">Not known</span>
      ),
    },
    { key: 'location', label: 'Where', value: text(c.location) },
    { key: 'childrenInvolved', label: 'Children involved', value: text(c.childrenInvolved) },
    {
      key: 'actionTaken',
      label: 'Action taken by the person who raised it',
      value: text(c.actionTaken),
    },
  ];
  return (
    <section aria-labelledby="raised-heading">
      <h2 className="govuk-heading-m" id="raised-heading">
        What was raised
      </h2>
      <div data-testid="allegation-summary">
        <SummaryList rows={rows} />
      </div>
    </section>
  );
}
