import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { SafeguardingContacts } from '../../api/types';

/** Under ['school'], so saving the school's details refreshes the poster too. */
export const contactsKey = ['school', 'contacts'] as const;

export function useSafeguardingContacts() {
  return useQuery({
    queryKey: contactsKey,
    queryFn: () => api.get<SafeguardingContacts>('/api/school/contacts'),
    staleTime: 0,
  });
}
