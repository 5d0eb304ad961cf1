import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, withQuery, type ApiResponse } from '../../api/client';
import type {
  Category,
  ConcernDetail,
  ConcernDraft,
  ConcernReceipt,
  Inbox,
  InboxCounts,
  InboxRow,
  LevelsOfNeed,
  LocalContact,
  MyAction,
  MyConcern,
  PupilMatch,
  SafeguardingContacts,
  Staff,
} from '../../api/types';
import { contactsKey } from '../contacts/queries';

export const concernKeys = {
  all: ['concerns'] as const,
  categories: ['categories'] as const,
  levels: ['levels-of-need'] as const,
  search: (q: string) => ['concerns', 'pupil-search', q] as const,
  drafts: ['concerns', 'drafts'] as const,
  mine: ['concerns', 'mine'] as const,
  myActions: ['concerns', 'my-actions'] as const,
  inbox: (status: string) => ['concerns', 'inbox', status] as const,
  one: (id: string) => ['concerns', 'one', id] as const,
  // Outside the 'concerns' prefix, so refreshing lists never replaces a receipt held in memory.
  receipt: (id: string) => ['concern-receipt', id] as const,
  team: ['staff', 'concern-team'] as const,
};

export const concernPath = (id: string) => `/api/concerns/${encodeURIComponent(id)}`;

export function useCategories() {
  return useQuery({
    queryKey: concernKeys.categories,
    queryFn: () => api.get<Category[]>('/api/categories'),
    staleTime: 5 * 60_000,
  });
}

export function useLevelsOfNeed(enabled = true) {
  return useQuery({
    queryKey: concernKeys.levels,
    queryFn: () => api.get<LevelsOfNeed>('/api/levels-of-need'),
    staleTime: 5 * 60_000,
    enabled,
  });
}

const schoolNumbers = (r: ApiResponse<SafeguardingContacts>): LocalContact[] => r.data.contacts;

/**
 * The school's own numbers for the urgent panel (D17). The poster's key and answer, so saving the
 * contacts refreshes the panel too; kept fresh for longer than the poster because the form asks
 * on every visit and the numbers seldom change.
 */
export function useSchoolNumbers() {
  return useQuery({
    queryKey: contactsKey,
    queryFn: () => api.get<SafeguardingContacts>('/api/school/contacts'),
    staleTime: 5 * 60_000,
    select: schoolNumbers,
  });
}

export function usePupilSearch(q: string) {
  return useQuery({
    queryKey: concernKeys.search(q),
    queryFn: () => api.get<PupilMatch[]>(withQuery('/api/concerns/pupil-search', { q })),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
}

export function useDrafts() {
  return useQuery({
    queryKey: concernKeys.drafts,
    queryFn: () => api.get<ConcernDraft[]>('/api/concerns/drafts'),
    staleTime: 0,
  });
}

export function useMyActions() {
  return useQuery({
    queryKey: concernKeys.myActions,
    queryFn: () => api.get<MyAction[]>('/api/actions/mine'),
    staleTime: 0,
  });
}

export function useMyConcerns() {
  return useQuery({
    queryKey: concernKeys.mine,
    queryFn: () => api.get<MyConcern[]>('/api/concerns/mine'),
    staleTime: 0,
  });
}

const NO_COUNTS: InboxCounts = { new: 0, in_progress: 0, waiting: 0, closed: 0 };

/** Concerns asked for at a time; "Show older" asks for the next as many. */
export const INBOX_PAGE = 50;

/** What the inbox shows: each is an id or a flag from the page's address, never a child's name. */
export interface InboxFilter {
  status: string;
  urgent: boolean;
  /** `me`, `none` (nobody yet), a member of staff's id, or empty for anyone. */
  owner: string;
}

/** The inbox list answers `{ data, counts, nextBefore }`; take either that or `{ items, … }`. */
function toInbox(response: ApiResponse<InboxRow[] | Inbox>): Inbox {
  const { data, meta } = response;
  if (Array.isArray(data)) {
    return {
      items: data,
      counts: { ...NO_COUNTS, ...(meta.counts as InboxCounts | undefined) },
      nextBefore: typeof meta.nextBefore === 'string' ? meta.nextBefore : null,
    };
  }
  return {
    items: data.items,
    counts: { ...NO_COUNTS, ...data.counts },
    nextBefore: data.nextBefore,
  };
}

/**
 * The inbox with these filters, or searched for `q` with them. Who the DSL searches for is itself
 * child protection information, so a search goes in a request body: never in an address, where a
 * proxy's log or the browser's history would keep it.
 */
export function inboxRequest<T>(filters: Record<string, string | number | undefined>, q: string) {
  // A filter left empty is no filter, in a body as in an address.
  const set = Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined && v !== ''),
  );
  return q.trim()
    ? api.post<T>('/api/concerns/search', { ...set, q })
    : api.get<T>(withQuery('/api/concerns', set));
}

/**
 * The inbox a page at a time, newest first after the urgent ones; older pages are appended. `q`
 * searches the whole inbox with the filters on the server: in the request's body and this
 * in-memory cache, never in the page's address.
 */
export function useInbox(f: InboxFilter, q = '') {
  return useInfiniteQuery({
    queryKey: [...concernKeys.inbox(f.status), f.urgent, f.owner, q] as const,
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      toInbox(
        await inboxRequest<InboxRow[] | Inbox>(
          {
            status: f.status,
            urgent: f.urgent ? 'true' : undefined,
            owner: f.owner,
            before: pageParam,
            limit: INBOX_PAGE,
          },
          q,
        ),
      ),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    staleTime: 0,
  });
}

export function useConcern(id: string) {
  return useQuery({
    queryKey: concernKeys.one(id),
    queryFn: () => api.get<ConcernDetail>(concernPath(id)),
    staleTime: 0,
  });
}

/**
 * The receipt shown after sending. The page that sends puts it in memory (never in browser
 * storage); after a reload only what "My concerns" knows can be shown.
 */
export function useReceipt(id: string) {
  return useQuery({
    queryKey: concernKeys.receipt(id),
    queryFn: async (): Promise<Partial<ConcernReceipt> | null> => {
      const { data } = await api.get<MyConcern[]>('/api/concerns/mine');
      const mine = data.find((c) => c.id === id);
      return mine
        ? {
            id: mine.id,
            reference: mine.reference,
            recordedAt: mine.recordedAt,
            contentHash: mine.contentHash,
          }
        : null;
    },
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
}

/** Everyone on the staff list, if this user may see it (a 403 means "not for you": no retry). */
export function useStaffForConcerns(enabled: boolean) {
  return useQuery({
    queryKey: concernKeys.team,
    queryFn: () => api.get<Staff[]>('/api/staff'),
    enabled,
    staleTime: 60_000,
  });
}
