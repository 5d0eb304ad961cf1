import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { ChildFile, FileGrant, FileViewer, SharedFile } from '../../api/types';

export const fileKeys = {
  all: ['files'] as const,
  one: (pupilId: string, kind: string, significant: boolean) =>
    ['files', pupilId, 'file', kind, significant] as const,
  grants: (pupilId: string) => ['files', pupilId, 'grants'] as const,
  viewers: (pupilId: string) => ['files', pupilId, 'viewers'] as const,
  shared: ['files', 'shared-with-me'] as const,
};

export const filePath = (pupilId: string) => `/api/files/${encodeURIComponent(pupilId)}`;

export function useChildFile(pupilId: string, kind: string, significant: boolean, enabled = true) {
  return useQuery({
    enabled,
    queryKey: fileKeys.one(pupilId, kind, significant),
    queryFn: () =>
      api.get<ChildFile>(
        withQuery(filePath(pupilId), { kind, significant: significant ? 'true' : undefined }),
      ),
    staleTime: 0,
  });
}

export function useGrants(pupilId: string, enabled: boolean) {
  return useQuery({
    queryKey: fileKeys.grants(pupilId),
    queryFn: () => api.get<FileGrant[]>(`${filePath(pupilId)}/grants`),
    enabled,
    staleTime: 0,
  });
}

export function useViewers(pupilId: string, enabled: boolean) {
  return useQuery({
    queryKey: fileKeys.viewers(pupilId),
    queryFn: () => api.get<FileViewer[]>(`${filePath(pupilId)}/viewers`),
    enabled,
    staleTime: 0,
  });
}

export function useSharedFiles() {
  return useQuery({
    queryKey: fileKeys.shared,
    queryFn: () => api.get<SharedFile[]>('/api/files/shared-with-me'),
    // A grant can end or be withdrawn at any moment: never show a stale list.
    staleTime: 0,
  });
}
