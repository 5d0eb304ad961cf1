import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ContactGap,
  CtfExportRequest,
  CtfImportSummary,
  IdentityFlag,
  ImportJob,
  ImportSummary,
} from '../../api/types';
import { pupilKeys } from '../pupils/queries';

export const importKeys = {
  flags: ['pupils', 'identity-flags'] as const,
  gaps: ['pupils', 'contact-gaps'] as const,
};

/** How often the import page asks how far an import has got. */
export const POLL_MS = 300;

/** The largest file the server takes (its body limit is a little more, for the JSON around it). */
export const MAX_BYTES = 20 * 1024 * 1024;

/** Changes of date of birth or UPN that an import held back, oldest first. */
export function useIdentityFlags() {
  return useQuery({
    queryKey: importKeys.flags,
    queryFn: () => api.get<IdentityFlag[]>('/api/pupils/identity-flags'),
    staleTime: 0,
  });
}

/** Pupils with fewer than two emergency contact numbers (D11). */
export function useContactGaps() {
  return useQuery({
    queryKey: importKeys.gaps,
    queryFn: () => api.get<ContactGap[]>('/api/pupils/contact-gaps'),
    staleTime: 0,
  });
}

/** Checks a file without changing anything. */
export const checkPupils = (csv: string) =>
  api.post<ImportSummary>('/api/imports/pupils', { csv, dryRun: true });

/** Starts the import itself; it runs on the server while the page follows it. */
export const startImport = (csv: string) =>
  api.post<ImportJob>('/api/imports/pupils/jobs', { csv });

export const importJob = (id: string) =>
  api.get<ImportJob>(`/api/imports/jobs/${encodeURIComponent(id)}`, { background: true });

export const resolveFlag = (id: string, resolution: 'accepted' | 'dismissed') =>
  api.post<null>(`/api/pupils/identity-flags/${encodeURIComponent(id)}`, { resolution });

/** After an import or a decision: the pupil list, the pupils, the flags and the gaps change. */
export function useRefreshPupils() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: pupilKeys.all });
}

/** A CTF is read as it arrives; past this it is not a CTF (the server says the same). */
export const CTF_MAX_BYTES = 64 * 1024 * 1024;

/** A CTF (the file itself, as XML): checked (`dryRun`) or imported, pupil by pupil. */
export const sendCtf = (file: Blob, dryRun: boolean) =>
  api.upload<CtfImportSummary>(
    `/api/imports/ctf?dryRun=${String(dryRun)}`,
    file,
    'application/xml',
  );

/** A CTF of these leavers, as a file held in memory only. */
export const exportCtf = (body: CtfExportRequest) => api.postForFile('/api/exports/ctf', body);
