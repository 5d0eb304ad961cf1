import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type {
  AttendanceCodes,
  AttendanceWatch,
  CmeEntry,
  Plan,
  PupilAttendance,
} from '../../api/types';

/** Ids only (never names) in the keys and the addresses. */
export const attendanceKeys = {
  all: ['attendance'] as const,
  codes: ['attendance', 'codes'] as const,
  pupil: (pupilId: string) => ['attendance', 'pupil', pupilId] as const,
  watch: ['attendance', 'watch'] as const,
  cme: (state: string) => ['cme', state] as const,
  cmeEntry: (id: string) => ['cme', 'entry', id] as const,
  plans: (pupilId: string) => ['plans', pupilId] as const,
};

export const pupilAttendancePath = (pupilId: string) =>
  `/api/pupils/${encodeURIComponent(pupilId)}/attendance`;

export function useAttendanceCodes() {
  return useQuery({
    queryKey: attendanceKeys.codes,
    queryFn: () => api.get<AttendanceCodes>('/api/attendance/codes'),
    staleTime: 10 * 60_000,
  });
}

export function usePupilAttendance(pupilId: string) {
  return useQuery({
    queryKey: attendanceKeys.pupil(pupilId),
    queryFn: () => api.get<PupilAttendance>(pupilAttendancePath(pupilId)),
  });
}

export function useAttendanceWatch(enabled: boolean) {
  return useQuery({
    queryKey: attendanceKeys.watch,
    queryFn: () => api.get<AttendanceWatch>('/api/attendance/watch'),
    enabled,
  });
}

export function useCmeList(state: 'open' | 'closed') {
  return useQuery({
    queryKey: attendanceKeys.cme(state),
    queryFn: () => api.get<CmeEntry[]>(withQuery('/api/cme', { state })),
  });
}

export function useCmeEntry(id: string) {
  return useQuery({
    queryKey: attendanceKeys.cmeEntry(id),
    queryFn: () => api.get<CmeEntry>(`/api/cme/${encodeURIComponent(id)}`),
  });
}

export function usePlans(pupilId: string, enabled: boolean) {
  return useQuery({
    queryKey: attendanceKeys.plans(pupilId),
    queryFn: () => api.get<Plan[]>(withQuery('/api/plans', { pupilId })),
    enabled,
  });
}

export const MARK_CATEGORY_LABELS: Record<string, string> = {
  present: 'Present or approved activity',
  authorised: 'Authorised absence',
  unauthorised: 'Unauthorised absence',
  not_counted: 'Not counted',
};
