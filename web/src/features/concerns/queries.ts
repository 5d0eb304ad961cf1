import { useQuery } from '@tanstack/react-query';
import { api, withQuery, type ApiResponse } from '../../api/client';
import type {
  Category,
  ConcernDetail,
  ConcernDraft,
  ConcernReceipt,
  Inbox,
  InboxCounts,
  InboxItem,
  LevelsOfNeed,
  LocalContact,
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

export function useMyConcerns() {
  return useQuery({
    queryKey: concernKeys.mine,
    queryFn: () => api.get<MyConcern[]>('/api/concerns/mine'),
    staleTime: 0,
  });
}

const NO_COUNTS: InboxCounts = { new: 0, in_progress: 0, waiting: 0, closed: 0 };

/** The inbox list answers `{ data: InboxItem[], counts }`; take either that or `{ items, counts }`. */
function toInbox(response: ApiResponse<InboxItem[] | Inbox>): Inbox {
  const { data, meta } = response;
  if (Array.isArray(data)) {
    return { items: data, counts: { ...NO_COUNTS, ...(meta.counts as InboxCounts | undefined) } };
  }
  return { items: data.items, counts: { ...NO_COUNTS, ...data.counts } };
}

export function useInbox(status: string) {
  return useQuery({
    queryKey: concernKeys.inbox(status),
    queryFn: async () =>
      toInbox(await api.get<InboxItem[] | Inbox>(withQuery('/api/concerns', { status }))),
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
      return mine ? { id: mine.id, reference: mine.reference, recordedAt: mine.recordedAt } : null;
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
