import { useCallback, useState } from 'react';
import type { Agency } from '../../api/types';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { joinWords } from '../../lib/roles';
import { AddAgencyForm } from './AddAgencyForm';
import { AgencyRow } from './AgencyRow';
import { addAgency, patchAgency, useAgencies, useAgencyChange } from './queries';

/** The add form's key among the forms that may show errors (agency codes are the others). */
const ADD_FORM = ' add';

/**
 * `/school/agencies` (DSL, headteacher, school administrator): the agencies the referral forms
 * offer. Haven's own can be hidden (except those its duties need); the school adds and renames
 * its own, such as the county's early help service.
 */
export function AgenciesPage() {
  const agencies = useAgencies();
  const change = useAgencyChange();
  const [notice, setNotice] = useState<{ key: number; text: string; error?: boolean }>({
    key: 0,
    text: '',
  });
  // Forms showing errors (the add form, and any row being renamed), for "Error:" in the title.
  const [withErrors, setWithErrors] = useState<ReadonlySet<string>>(new Set());
  const reportErrors = useCallback((key: string, showing: boolean) => {
    setWithErrors((prev) => {
      if (prev.has(key) === showing) return prev;
      const next = new Set(prev);
      if (showing) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const reportAddErrors = useCallback(
    (showing: boolean) => reportErrors(ADD_FORM, showing),
    [reportErrors],
  );
  usePageTitle('Referral agencies', withErrors.size > 0);

  const say = (text: string, error = false) => setNotice((n) => ({ key: n.key + 1, text, error }));

  async function toggle(a: Agency) {
    try {
      await change(() => patchAgency(a.code, { active: !a.active }));
      say(
        a.active
          ? `“${a.label}” is hidden. It will not be offered when a referral is recorded.`
          : `“${a.label}” is shown again.`,
      );
    } catch (error) {
      say(error instanceof Error ? error.message : 'Something went wrong. Try again later.', true);
    }
  }

  if (agencies.isError) return <ProblemPage error={agencies.error} />;
  if (!agencies.data) return <Loading what="agencies" />;
  const all = agencies.data.data;
  const builtIn = all.filter((a) => a.builtIn);
  const own = all.filter((a) => !a.builtIn);
  const required = all.filter((a) => a.required);

  const rows = (list: Agency[]) => (
    <ul className="govuk-list haven-categories">
      {list.map((a) => (
        <AgencyRow
          key={a.code}
          agency={a}
          agencies={all}
          onToggle={() => toggle(a)}
          onErrors={reportErrors}
          onRename={async (label) => {
            await change(() => patchAgency(a.code, { label }));
            say(`“${a.label}” is now called “${label}”.`);
          }}
        />
      ))}
    </ul>
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Notice noticeKey={notice.key} text={notice.text} error={notice.error} />
        <PageHeading>Referral agencies</PageHeading>
        <p className="govuk-body">
          Staff choose from these when they record a referral. Hiding an agency takes it off that
          list; referrals already recorded keep it.
        </p>
        {required.length > 0 ? (
          <p className="govuk-body">
            {joinWords(required.map((a) => a.label))}{' '}
            {required.length === 1
              ? 'is always shown, because Haven’s duties depend on it.'
              : 'are always shown, because Haven’s duties depend on them.'}
          </p>
        ) : null}
        <section aria-labelledby="agencies-built-in">
          <h2 className="govuk-heading-m" id="agencies-built-in">
            Built into Haven
          </h2>
          {rows(builtIn)}
        </section>
        <section aria-labelledby="agencies-own">
          <h2 className="govuk-heading-m" id="agencies-own">
            Added by your school
          </h2>
          {own.length > 0 ? (
            rows(own)
          ) : (
            <p className="govuk-body">Your school has not added any agencies yet.</p>
          )}
        </section>
        <h2 className="govuk-heading-m">Add an agency</h2>
        <AddAgencyForm
          agencies={all}
          onErrors={reportAddErrors}
          onAdd={async (label) => {
            await change(() => addAgency(label));
            say(`“${label}” added.`);
          }}
        />
      </div>
    </div>
  );
}
