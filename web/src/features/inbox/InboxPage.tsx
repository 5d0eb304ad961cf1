import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
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

/** The longest search the API takes. */
const SEARCH_MAX = 100;

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
  // The search is held here, never in the address: what is typed is often a child's name, and
  // the browser's history would keep it.
  const [q, setQ] = useState('');
  // A new search form after "Clear search", so its box is empty again.
  const [cleared, setCleared] = useState(0);
  const filter = filterOf(params);
  const awaitingView = params.get('reconsideration') === 'open';
  // The server refuses a longer search: say so here rather than lose the whole page to an error.
  const tooLong = q.length > SEARCH_MAX;
  const searched = tooLong ? '' : q;
  const inbox = useInbox(filter, awaitingView ? '' : searched);
  // The number waiting is the whole inbox's; the list searched is a query of its own.
  const awaiting = useAwaitingAnswer();
  const awaitingList = useAwaitingAnswer(awaitingView ? searched : '');
  usePageTitle('Inbox');
  // After "Show older" the button may go (no more pages): focus the line that says how many.
  const countLine = useRef<HTMLParagraphElement>(null);
  const showOlder = async () => {
    if (inbox.isFetchingNextPage) return;
    await inbox.fetchNextPage();
    countLine.current?.focus();
  };
  useEffect(() => {
    if (cleared) document.getElementById('q')?.focus();
  }, [cleared]);
  const clearSearch = () => {
    setQ('');
    setCleared((n) => n + 1);
  };

  if (inbox.isError) return <ProblemPage error={inbox.error} />;
  // The waiting requests are their own list: a failure there blanks only that view.
  if (awaitingView && awaitingList.isError) return <ProblemPage error={awaitingList.error} />;
  const pages = inbox.data?.pages;
  const loaded = pages?.flatMap((p) => p.items);
  const words = awaitingView ? [] : filterWords(filter, loaded?.[0]?.owner?.fullName);
  const label =
    (awaitingView
      ? AWAITING_ANSWER
      : (INBOX_STATUSES.find((s) => s.value === filter.status)?.label ?? 'New')) +
    (words.length ? `: ${words.join(', ')}` : '');
  const listed = awaitingView ? awaitingList.data?.items : loaded;
  // Urgent first; otherwise the server's order (newest first).
  const items = listed
    ? [...listed].sort((a, b) => Number(b.immediateRisk) - Number(a.immediateRisk))
    : undefined;
  const older = !awaitingView && inbox.hasNextPage;
  const n = items?.length ?? 0;
  const counted = `${String(n)} ${searched ? 'matching ' : ''}${n === 1 ? 'concern' : 'concerns'}`;
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
        key={cleared}
        id="q"
        label="Search by reference, child or recorder"
        initial={q}
        onSearch={setQ}
      />
      <h2 className="govuk-heading-m">
        {label}
        {searched ? ` matching “${searched}”` : ''}
      </h2>
      {searched ? (
        <div className="haven-row-actions govuk-!-margin-bottom-4">
          <p className="govuk-body govuk-!-margin-bottom-0">
            Searched the whole inbox under “{label}”, not just the concerns on the page, by
            reference, child’s name and recorder’s name.
          </p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary haven-button--compact"
            onClick={clearSearch}
          >
            Clear search
          </button>
        </div>
      ) : null}
      {tooLong ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> Search for {String(SEARCH_MAX)}{' '}
          characters or fewer
        </p>
      ) : !items ? (
        searched ? (
          <p className="govuk-body" role="status">
            Searching…
          </p>
        ) : (
          <Loading what="concerns" />
        )
      ) : n === 0 && !older ? (
        searched ? (
          <p className="govuk-body" role="status">
            No concerns match “{searched}”.
          </p>
        ) : (
          <p className="govuk-body">No concerns here.</p>
        )
      ) : (
        <>
          <p className="govuk-body" role="status" tabIndex={-1} ref={countLine}>
            {counted}
            {older ? ' shown; there are older ones' : ''}
          </p>
          {n ? <InboxTable items={items} caption={`${label} concerns`} /> : null}
        </>
      )}
      {older && !tooLong ? (
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
