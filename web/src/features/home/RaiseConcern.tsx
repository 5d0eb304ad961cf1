import { Link } from 'react-router';
import type { School } from '../../api/types';
import { joinWords } from '../../lib/roles';

interface Props {
  school: School | undefined;
  canRecord: boolean;
}

export function RaiseConcern({ school, canRecord }: Props) {
  const dsls = (school?.safeguardingRoles.dsl ?? []).map((p) => p.fullName);
  const deputies = (school?.safeguardingRoles.deputy_dsl ?? []).map((p) => p.fullName);
  return (
    <section className="haven-concern" aria-labelledby="raise-concern">
      <h2 className="govuk-heading-m" id="raise-concern">
        How to raise a concern
      </h2>
      <p className="govuk-body">
        If you are worried about a child, speak to the designated safeguarding lead
        {dsls.length ? (
          <>
            , <strong>{joinWords(dsls)}</strong>,
          </>
        ) : null}{' '}
        immediately. Do not wait, and do not promise the child to keep it secret.
      </p>
      {deputies.length ? (
        <p className="govuk-body">If they are not available, speak to {joinWords(deputies)}.</p>
      ) : null}
      <p className="govuk-body">If a child is in immediate danger, call 999.</p>
      {canRecord ? (
        <Link to="/concerns/new" className="govuk-button govuk-button--start haven-start-button">
          Record a concern
          <svg
            className="govuk-button__start-icon"
            xmlns="http://www.w3.org/2000/svg"
            width="17.5"
            height="19"
            viewBox="0 0 33 40"
            aria-hidden="true"
            focusable="false"
          >
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
      ) : null}
    </section>
  );
}
