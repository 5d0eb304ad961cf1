import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { InboxItem } from '../../api/types';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemPage } from '../../components/ProblemPage';
import { SearchForm } from '../../components/SearchForm';
import { usePageTitle } from '../../components/usePageTitle';
import { useInbox, type InboxFilter } from '../concerns/queries';
import { AWAITING_ANSWER, INBOX_STATUSES, InboxFilters } from './InboxFilters';
import { InboxOwnerForm } from './InboxOwnerForm';
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

const STAFF_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The filters in the address; anything the API would refuse is read as no filter. */
function filterOf(params: URLSearchParams): InboxFilter {
  const asked = params.get('status') ?? 'new';
  const owner = params.get('owner') ?? '';
  return {
    status: INBOX_STATUSES.some((s) => s.value === asked) ? asked : 'new',
    urgent: params.get('urgent') === 'true',
    owner: owner === 'me' || owner === 'none' || STAFF_ID.test(owner) ? owner : '',
  };
}

function inboxHref(f: InboxFilter): string {
  const params = new URLSearchParams();
  if (f.status !== 'new') params.set('status', f.status);
  if (f.owner) params.set('owner', f.owner);
  if (f.urgent) params.set('urgent', 'true');
  const query = params.toString();
  return query ? `/inbox?${query}` : '/inbox';
}

function filterWords(f: InboxFilter, ownerName: string | undefined): string[] {
  const words: string[] = [];
  if (f.owner === 'me') words.push('my cases');
  else if (f.owner === 'none') words.push('unassigned');
  else if (f.owner) words.push(`cases of ${ownerName ?? 'the chosen owner'}`);
  if (f.urgent) words.push('urgent only');
  return words;
}

/**
 * `/inbox`: the DSL team's concerns by status, urgent ones first, by case owner and urgency too;
 * `?reconsideration=open` lists those whose recorder waits for an answer to a request for
 * reconsideration (D19).
 */
export function InboxPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [q, setQ] = useState('');
  const filter = filterOf(params);
  const inbox = useInbox(filter);
  const awaiting = useAwaitingAnswer();
  const awaitingView = params.get('reconsideration') === 'open';
  usePageTitle('Inbox');
  // After "Show older" the button may go (no more pages): focus the line that says how many.
  const countLine = useRef<HTMLParagraphElement>(null);
  const showOlder = async () => {
    if (inbox.isFetchingNextPage) return;
    await inbox.fetchNextPage();
    countLine.current?.focus();
  };

  if (inbox.isError) return <ProblemPage error={inbox.error} />;
  // The waiting requests are their own list: a failure there blanks only that view.
  if (awaitingView && awaiting.isError) return <ProblemPage error={awaiting.error} />;
  const pages = inbox.data?.pages;
  const loaded = pages?.flatMap((p) => p.items);
  const words = awaitingView ? [] : filterWords(filter, loaded?.[0]?.owner?.fullName);
  const label =
    (awaitingView
      ? AWAITING_ANSWER
      : (INBOX_STATUSES.find((s) => s.value === filter.status)?.label ?? 'New')) +
    (words.length ? `: ${words.join(', ')}` : '');
  const listed = awaitingView ? awaiting.data?.items : loaded;
  // Urgent first; otherwise the server's order (newest first).
  const items = listed
    ?.filter((item) => matches(item, q))
    .sort((a, b) => Number(b.immediateRisk) - Number(a.immediateRisk));
  const older = !awaitingView && inbox.hasNextPage;
  return (
    <>
      <PageHeading>Inbox</PageHeading>
      <InboxFilters
        status={awaitingView ? '' : filter.status}
        counts={pages?.[0]?.counts}
        hrefFor={(status) => inboxHref({ ...filter, status })}
        awaitingAnswer={awaiting.data?.total}
      />
      {awaitingView ? null : (
        <InboxOwnerForm
          key={inboxHref(filter)}
          initial={filter}
          onApply={(next) => void navigate(inboxHref(next))}
        />
      )}
      <SearchForm
        id="q"
        label={older ? 'Search the concerns shown' : 'Search by reference, child or recorder'}
        initial={q}
        onSearch={setQ}
      />
      <h2 className="govuk-heading-m">
        {label}
        {q ? ` matching “${q}”` : ''}
      </h2>
      {!items ? (
        <Loading what="concerns" />
      ) : items.length === 0 && !older ? (
        <p className="govuk-body">No concerns here.</p>
      ) : (
        <>
          <p className="govuk-body" role="status" tabIndex={-1} ref={countLine}>
            {items.length === 1 ? '1 concern' : `${String(items.length)} concerns`}
            {older ? ' shown; there are older ones' : ''}
          </p>
          {items.length ? <InboxTable items={items} caption={`${label} concerns`} /> : null}
        </>
      )}
      {older ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={inbox.isFetchingNextPage}
          onClick={() => void showOlder()}
        >
          {inbox.isFetchingNextPage ? 'Loading older concerns…' : 'Show older concerns'}
        </button>
      ) : null}
    </>
  );
}
