import { Link, useLocation } from 'react-router';
import type { ContactKind, LocalContact } from '../../api/types';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { can } from '../../lib/actions';
import { CONTACT_KINDS, KIND_HEADINGS } from './contactKinds';
import { PosterNumbers } from './PosterNumbers';
import { AboutAnAdult, Governors, TellTheDsl } from './TeamNames';
import { useSafeguardingContacts } from './queries';

const INTROS: Partial<Record<ContactKind, string>> = {
  referral: 'The DSL usually makes referrals. Anyone can make one if a child is at risk.',
  whistleblowing:
    'If you feel unable to raise a worry inside the school, or you think it has not been dealt with properly, you can ring:',
};

function ofKind(contacts: LocalContact[], kind: ContactKind): LocalContact[] {
  return contacts.filter((c) => c.kind === kind);
}

/** Duties D04 and D46: who to tell and who to ring, for everyone, printable as an A4 poster. */
export function ContactsPage() {
  const { me, allowedActions } = useSession();
  const location = useLocation();
  const contacts = useSafeguardingContacts();
  usePageTitle('Who to tell and who to ring');
  const saved = (location.state as { notice?: string } | null)?.notice === 'saved';

  if (contacts.isError) return <ProblemPage error={contacts.error} />;
  if (!contacts.data) return <Loading what="safeguarding contacts" />;
  const { team, contacts: numbers } = contacts.data.data;
  const emergency = ofKind(numbers, 'emergency');

  return (
    <div className="haven-poster">
      {saved ? <NotificationBanner success heading="Contacts saved" /> : null}
      <PageHeading caption={me.school.name}>Who to tell and who to ring</PageHeading>
      <div className="haven-row-actions haven-no-print">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => window.print()}
        >
          Print this page
        </button>
        {can(allowedActions, 'school.update') ? (
          <p className="govuk-body">
            <Link to="/contacts/edit" className="govuk-link">
              Edit contacts
            </Link>
          </p>
        ) : null}
      </div>
      <TellTheDsl team={team} />
      <section className="haven-urgent haven-poster__danger" aria-labelledby="danger-heading">
        <h2 className="govuk-heading-l" id="danger-heading">
          If a child is in immediate danger
        </h2>
        {emergency.length ? (
          <PosterNumbers contacts={emergency} large />
        ) : (
          <PosterNumbers
            contacts={[{ kind: 'emergency', label: 'Police', phone: '999', note: '' }]}
            large
          />
        )}
        <p className="govuk-body govuk-!-margin-bottom-0">Then tell the DSL straight away.</p>
      </section>
      {CONTACT_KINDS.filter((k) => k !== 'emergency').map((kind) => {
        const list = ofKind(numbers, kind);
        if (!list.length && kind !== 'allegations') return null;
        return (
          <section className="haven-poster__group" key={kind} aria-labelledby={`${kind}-heading`}>
            <h2 className="govuk-heading-m" id={`${kind}-heading`}>
              {KIND_HEADINGS[kind]}
            </h2>
            {kind === 'allegations' ? <AboutAnAdult team={team} /> : null}
            {INTROS[kind] ? <p className="govuk-body">{INTROS[kind]}</p> : null}
            {list.length ? <PosterNumbers contacts={list} /> : null}
          </section>
        );
      })}
      <Governors team={team} />
    </div>
  );
}
