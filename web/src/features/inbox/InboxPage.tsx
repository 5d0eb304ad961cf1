import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { InboxItem } from '../../api/types';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { SearchForm } from '../../components/SearchForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useInbox } from '../concerns/queries';
import { AWAITING_ANSWER, INBOX_STATUSES, InboxFilters } from './InboxFilters';
import { InboxTable } from './InboxTable';
import { useAwaitingAnswer } from './queries';

/**
 * The search runs here, on the concerns already loaded: what is typed (often a child's name)
 * never goes into the address, where it would be kept in the browser's history.
 */
function matches(item: InboxItem, q: string): boolean {
  if (!q) return true;
  const needle = q.toLocaleLowerCase('en-GB');
  return [item.reference, item.recordedBy.fullName, ...item.children.map((c) => c.displayName)]
    .join(' ')
    .toLocaleLowerCase('en-GB')
    .includes(needle);
}

function inboxHref(status: string): string {
  return status && status !== 'new' ? `/inbox?status=${encodeURIComponent(status)}` : '/inbox';
}

/**
 * `/inbox`: the DSL team's concerns by status, urgent ones first; `?reconsideration=open` lists
 * those whose recorder waits for an answer to a request for reconsideration (D19).
 */
export function InboxPage() {
  const [params] = useSearchParams();
  const [q, setQ] = useState('');
  const asked = params.get('status') ?? 'new';
  const status = INBOX_STATUSES.some((s) => s.value === asked) ? asked : 'new';
  const inbox = useInbox(status);
  const awaiting = useAwaitingAnswer();
  const awaitingView = params.get('reconsideration') === 'open';
  usePageTitle('Inbox');

  if (inbox.isError) return <ProblemPage error={inbox.error} />;
  if (awaiting.isError) return <ProblemPage error={awaiting.error} />;
  const data = inbox.data;
  const label = awaitingView
    ? AWAITING_ANSWER
    : (INBOX_STATUSES.find((s) => s.value === status)?.label ?? 'New');
  const listed = awaitingView ? awaiting.data : data?.items;
  // Urgent first; otherwise the server's order (newest first).
  const items = listed
    ?.filter((item) => matches(item, q))
    .sort((a, b) => Number(b.immediateRisk) - Number(a.immediateRisk));
  return (
    <>
      <PageHeading>Inbox</PageHeading>
      <InboxFilters
        status={awaitingView ? '' : status}
        counts={data?.counts}
        hrefFor={inboxHref}
        awaitingAnswer={awaiting.data?.length}
      />
      <SearchForm
        id="q"
        label="Search by reference, child or recorder"
        initial={q}
        onSearch={setQ}
      />
      <h2 className="govuk-heading-m">
        {label}
        {q ? ` matching “${q}”` : ''}
      </h2>
      {!items ? (
        <Loading what="concerns" />
      ) : items.length === 0 ? (
        <p className="govuk-body">No concerns here.</p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {items.length === 1 ? '1 concern' : `${String(items.length)} concerns`}
          </p>
          <InboxTable items={items} caption={`${label} concerns`} />
        </>
      )}
    </>
  );
}
