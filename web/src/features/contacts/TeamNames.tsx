import type { SafeguardingContacts } from '../../api/types';
import { joinWords } from '../../lib/roles';

type Team = SafeguardingContacts['team'];

function names(team: Team, key: keyof Team): string[] {
  return team[key] ?? [];
}

/** "Tell the DSL at once": who the DSL and deputies are, in large type. */
export function TellTheDsl({ team }: { team: Team }) {
  const dsls = names(team, 'dsl');
  const deputies = names(team, 'deputy_dsl');
  const heads = names(team, 'headteacher');
  return (
    <section className="haven-poster__tell" aria-labelledby="tell-heading">
      <h2 className="govuk-heading-l" id="tell-heading">
        If you are worried about a child, tell the designated safeguarding lead at once
      </h2>
      {dsls.length ? (
        <p className="govuk-body-l">
          {dsls.length > 1
            ? 'Designated safeguarding leads (DSL)'
            : 'Designated safeguarding lead (DSL)'}
          : <strong className="haven-poster__name">{joinWords(dsls)}</strong>
        </p>
      ) : (
        <p className="govuk-body-l">
          Nobody has been named as the designated safeguarding lead yet.
          {heads.length ? (
            <>
              {' '}
              Tell the headteacher,{' '}
              <strong className="haven-poster__name">{joinWords(heads)}</strong>.
            </>
          ) : null}
        </p>
      )}
      {deputies.length ? (
        <p className="govuk-body-l">
          If they are not available, tell {deputies.length > 1 ? 'a deputy' : 'the deputy'}:{' '}
          <strong className="haven-poster__name">{joinWords(deputies)}</strong>
        </p>
      ) : null}
      <p className="govuk-body">
        Do not wait until the end of the day. Never promise a child that you will keep what they
        tell you secret. Write down what you saw and heard, in their words, as soon as you can.
      </p>
    </section>
  );
}

/** Who to tell about an adult: the headteacher, or about the headteacher, the chair of governors. */
export function AboutAnAdult({ team }: { team: Team }) {
  const heads = names(team, 'headteacher');
  const chairs = names(team, 'chair_of_governors');
  return (
    <>
      <p className="govuk-body">
        Tell the headteacher
        {heads.length ? (
          <>
            , <strong>{joinWords(heads)}</strong>,
          </>
        ) : null}{' '}
        the same day.
        {chairs.length ? (
          <>
            {' '}
            If the worry is about the headteacher, tell the chair of governors,{' '}
            <strong>{joinWords(chairs)}</strong>.
          </>
        ) : (
          ' If the worry is about the headteacher, tell the chair of governors.'
        )}
      </p>
    </>
  );
}

/** The governors who oversee safeguarding, if the school has named them. */
export function Governors({ team }: { team: Team }) {
  const governor = names(team, 'safeguarding_governor');
  const deputy = names(team, 'deputy_safeguarding_governor');
  if (!governor.length && !deputy.length) return null;
  return (
    <p className="govuk-body">
      {governor.length ? (
        <>
          Safeguarding governor: <strong>{joinWords(governor)}</strong>.{' '}
        </>
      ) : null}
      {deputy.length ? (
        <>
          Deputy safeguarding governor: <strong>{joinWords(deputy)}</strong>.
        </>
      ) : null}
    </p>
  );
}
