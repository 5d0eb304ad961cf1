import type { Person, School, SafeguardingRoleKey } from '../../api/types';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';

const TEAM_ROWS: { key: SafeguardingRoleKey; one: string; many: string; required: boolean }[] = [
  {
    key: 'dsl',
    one: 'Designated safeguarding lead (DSL)',
    many: 'Designated safeguarding leads (DSL)',
    required: true,
  },
  { key: 'deputy_dsl', one: 'Deputy DSL', many: 'Deputy DSLs', required: true },
  { key: 'headteacher', one: 'Headteacher', many: 'Headteachers', required: false },
  {
    key: 'safeguarding_governor',
    one: 'Safeguarding governor',
    many: 'Safeguarding governors',
    required: true,
  },
  {
    key: 'deputy_safeguarding_governor',
    one: 'Deputy safeguarding governor',
    many: 'Deputy safeguarding governors',
    required: true,
  },
  {
    key: 'chair_of_governors',
    one: 'Chair of governors',
    many: 'Chairs of governors',
    required: false,
  },
];

function names(people: Person[]) {
  if (people.length === 1) return people[0]?.fullName;
  return (
    <ul className="govuk-list">
      {people.map((p) => (
        <li key={p.id}>{p.fullName}</li>
      ))}
    </ul>
  );
}

/** Duty D01: everyone can see who the school's safeguarding team are. */
export function SafeguardingTeam({ school }: { school: School }) {
  const rows: SummaryRow[] = [];
  for (const row of TEAM_ROWS) {
    const people = school.safeguardingRoles[row.key] ?? [];
    if (people.length === 0 && !row.required) continue;
    rows.push({
      key: row.key,
      label: people.length > 1 ? row.many : row.one,
      value: people.length ? (
        names(people)
      ) : (
        <span className="haven-secondary-text">Nobody yet</span>
      ),
    });
  }
  return (
    <section aria-labelledby="safeguarding-team">
      <h2 className="govuk-heading-m" id="safeguarding-team">
        Your safeguarding team
      </h2>
      <SummaryList rows={rows} />
    </section>
  );
}
