import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { AuditPage } from '../../api/types';
import { londonEndOfDay, londonStartOfDay } from '../../lib/dates';

export interface AuditFilters {
  type: string;
  from: string;
  to: string;
  before: string;
}

export function useAuditEvents(f: AuditFilters) {
  return useQuery({
    queryKey: ['audit', f.type, f.from, f.to, f.before],
    queryFn: () =>
      api.get<AuditPage>(
        withQuery('/api/audit', {
          type: f.type,
          from: f.from ? londonStartOfDay(f.from) : undefined,
          to: f.to ? londonEndOfDay(f.to) : undefined,
          before: f.before,
          limit: 50,
        }),
      ),
    staleTime: 0,
  });
}
