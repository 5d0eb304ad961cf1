import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { usePageTitle } from '../../components/usePageTitle';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { useAuditEvents, type AuditFilters } from './queries';

function auditHref(f: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(f)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/audit?${query}` : '/audit';
}

export function AuditPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters: AuditFilters = {
    type: params.get('type') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    before: params.get('before') ?? '',
  };
  const events = useAuditEvents(filters);
  usePageTitle('Audit log');

  if (events.isError) return <ProblemPage error={events.error} />;
  const page = events.data?.data;
  return (
    <>
      <PageHeading>Audit log</PageHeading>
      <p className="govuk-body">
        Everything done in Haven, newest first. Entries cannot be changed or deleted.
      </p>
      <AuditFilterForm
        key={auditHref({ ...filters, before: '' })}
        initial={filters}
        onApply={(next) => void navigate(auditHref(next))}
      />
      {filters.before ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={auditHref({ ...filters, before: '' })}>
            Newest events
          </Link>
        </p>
      ) : null}
      {!page ? (
        <Loading what="events" />
      ) : page.events.length === 0 ? (
        <p className="govuk-body">No events match.</p>
      ) : (
        <AuditTable events={page.events} />
      )}
      {page?.nextBefore != null ? (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Audit log pages">
          <div className="govuk-pagination__next">
            <Link
              className="govuk-link govuk-pagination__link"
              rel="next"
              to={auditHref({ ...filters, before: String(page.nextBefore) })}
            >
              <span className="govuk-pagination__link-title">Older events</span>
            </Link>
          </div>
        </nav>
      ) : null}
    </>
  );
}
