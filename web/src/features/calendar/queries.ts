import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { SchoolCalendarEntries } from '../../api/types';

export const calendarKey = ['calendar'] as const;

export function useSchoolCalendar() {
  return useQuery({
    queryKey: calendarKey,
    queryFn: () => api.get<SchoolCalendarEntries>('/api/calendar'),
    staleTime: 0,
  });
}
