import type { Referral, ReferralOptions } from '../../api/types';
import { Details } from '../../components/Details';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { formatDateTimeShort } from '../../lib/dates';
import { EVENT_LABELS, EVENT_ORDER, REFERRAL_STATES, labelIn } from './labels';
import { ReferralStep } from './ReferralSteps';

interface Props {
  referrals: Referral[];
  options: ReferralOptions | undefined;
  /** Show whose referral it is (a concern about several children). */
  showChild: boolean;
  canAct: boolean;
  onResult: (text: string, error?: boolean) => void;
}

function rows(r: Referral, options: ReferralOptions | undefined, showChild: boolean): SummaryRow[] {
  const out: SummaryRow[] = [];
  if (showChild) out.push({ key: 'child', label: 'Child', value: r.pupilName });
  out.push({
    key: 'made',
    label: 'Made',
    value: r.madeAt
      ? `${formatDateTimeShort(r.madeAt)} by ${r.madeBy.fullName}`
      : `Not yet (drafted by ${r.madeBy.fullName})`,
  });
  out.push({
    key: 'method',
    label: 'How',
    value: labelIn(options?.methods, r.method) ?? r.method,
  });
  if (r.abuseCategory)
    out.push({
      key: 'category',
      label: 'Category of abuse',
      value: labelIn(options?.abuseCategories, r.abuseCategory),
    });
  if (r.agencyReference)
    out.push({ key: 'reference', label: 'Agency reference', value: r.agencyReference });
  if (r.acknowledgedAt)
    out.push({ key: 'ack', label: 'Acknowledged', value: formatDateTimeShort(r.acknowledgedAt) });
  if (r.outcome)
    out.push({
      key: 'outcome',
      label: 'Outcome',
      value: (
        <>
          {r.outcomeLabel ?? labelIn(options?.outcomes, r.outcome)}
          {r.outcomeAt ? (
            <span className="haven-block haven-secondary-text">
              Heard {formatDateTimeShort(r.outcomeAt)}
            </span>
          ) : null}
          {r.outcomeNotes ? (
            <span className="haven-block haven-pre-wrap">{r.outcomeNotes}</span>
          ) : null}
        </>
      ),
    });
  if (r.closedAt)
    out.push({
      key: 'closed',
      label: 'Closed',
      value: `${formatDateTimeShort(r.closedAt)}${r.closureReason ? `: ${labelIn(options?.closureReasons, r.closureReason) ?? ''}` : ''}`,
    });
  if (r.withdrawnAt)
    out.push({
      key: 'withdrawn',
      label: 'Withdrawn',
      value: (
        <>
          {formatDateTimeShort(r.withdrawnAt)}
          {r.withdrawnReason ? (
            <span className="haven-block haven-pre-wrap">{r.withdrawnReason}</span>
          ) : null}
        </>
      ),
    });
  out.push({
    key: 'reason',
    label: 'Reason',
    value: <span className="haven-pre-wrap">{r.reason}</span>,
  });
  return out;
}

/** Referrals, newest first, each with its state in words and the steps that may come next. */
export function ReferralList({ referrals, options, showChild, canAct, onResult }: Props) {
  return (
    <ol className="govuk-list haven-timeline" aria-label="Referrals, newest first">
      {referrals.map((r, index) => {
        const state = REFERRAL_STATES[r.state];
        const name = `${r.agencyLabel}${r.agencyName && r.agencyName !== r.agencyLabel ? `: ${r.agencyName}` : ''}`;
        const headingId = `referral-${String(index + 1)}`;
        return (
          <li key={r.id} className="haven-timeline__item" aria-labelledby={headingId}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
              Referral to {name}
            </h3>
            <ul className="haven-tag-list">
              <li>
                <Tag colour={state.colour}>{state.text}</Tag>
              </li>
              {r.urgent ? (
                <li>
                  <Tag colour="red" strong>
                    Urgent
                  </Tag>
                </li>
              ) : null}
              {r.fgm ? (
                <li>
                  <Tag colour="purple">FGM report</Tag>
                </li>
              ) : null}
              {r.withoutDsl ? (
                <li>
                  <Tag colour="orange">Made by staff without the DSL</Tag>
                </li>
              ) : null}
            </ul>
            <SummaryList rows={rows(r, options, showChild)} noBorder />
            {canAct && options
              ? EVENT_ORDER.filter((e) => r.events.includes(e)).map((event) => (
                  <Details
                    key={event}
                    summary={
                      <>
                        {EVENT_LABELS[event]}
                        <span className="govuk-visually-hidden"> (referral {index + 1})</span>
                      </>
                    }
                  >
                    <ReferralStep
                      referral={r}
                      event={event}
                      options={options}
                      onDone={(text) => onResult(text)}
                    />
                  </Details>
                ))
              : null}
          </li>
        );
      })}
    </ol>
  );
}
