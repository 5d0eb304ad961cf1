import type { School } from '../../api/types';
import { joinWords } from '../../lib/roles';

export function RaiseConcern({ school }: { school: School | undefined }) {
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
      <p className="govuk-body">
        If a child is in immediate danger, call 999. Recording concerns in Haven is coming soon.
      </p>
    </section>
  );
}
