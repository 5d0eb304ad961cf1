import { Link } from 'react-router';
import type { AllegationSummary } from '../../api/types';
import { Tag } from '../../components/Tag';
import { formatDateTimeShort } from '../../lib/dates';
import { formatDue } from '../deadlines/format';
import { myRoleLabel, relationshipLabel, summaryStage } from './labels';
import { casePagePath } from './queries';

function LadoDue({ c }: { c: AllegationSummary }) {
  if (!c.ladoDueAt) return <span className="haven-secondary-text">None open</span>;
  return (
    <>
      {c.ladoOverdue ? (
        <>
          <Tag colour="red" strong>
            Overdue
          </Tag>{' '}
        </>
      ) : null}
      {c.ladoOverdue ? 'Was due by ' : 'Tell the LADO by '}
      <time dateTime={c.ladoDueAt}>{formatDue(c.ladoDueAt)}</time>
    </>
  );
}

/** The cases I handle: reference, who it is about, where it has got to, the LADO clock, my part. */
export function CaseTable({ cases, caption }: { cases: AllegationSummary[]; caption: string }) {
  return (
    <table className="govuk-table haven-responsive-table" data-testid="allegation-cases">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Reference
          </th>
          <th scope="col" className="govuk-table__header">
            About
          </th>
          <th scope="col" className="govuk-table__header">
            Stage
          </th>
          <th scope="col" className="govuk-table__header">
            LADO deadline
          </th>
          <th scope="col" className="govuk-table__header">
            Your role
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {cases.map((c) => {
          const stage = summaryStage(c);
          return (
            <tr className="govuk-table__row" key={c.id} data-testid="allegation-case">
              <th scope="row" className="govuk-table__header" data-label="Reference">
                <Link to={casePagePath(c.id)} className="govuk-link">
                  {c.reference}
                </Link>
                <span className="haven-block haven-secondary-text govuk-body-s govuk-!-margin-bottom-0">
                  Raised {formatDateTimeShort(c.raisedAt)}
                </span>
              </th>
              <td className="govuk-table__cell haven-break" data-label="About">
                {c.subjectName}
                <span className="haven-block haven-secondary-text">
                  {relationshipLabel(c.subjectRelationship)}
                </span>
              </td>
              <td className="govuk-table__cell" data-label="Stage">
                <Tag colour={stage.colour}>{stage.text}</Tag>
              </td>
              <td className="govuk-table__cell" data-label="LADO deadline">
                <LadoDue c={c} />
              </td>
              <td className="govuk-table__cell" data-label="Your role">
                {myRoleLabel(c.myRole)}
                {c.myRole === 'member' ? (
                  <span className="haven-block haven-secondary-text">
                    Case manager: {c.caseManager.fullName}
                  </span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
