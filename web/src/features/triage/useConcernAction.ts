import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { concernKeys, concernPath } from '../concerns/queries';
import { fileKeys } from '../files/queries';

/** Posts a triage step for one concern, then refreshes the concern, the inbox and the files. */
export function useConcernAction(id: string) {
  const queryClient = useQueryClient();
  return async (suffix: string, body?: unknown): Promise<void> => {
    await api.post(`${concernPath(id)}${suffix}`, body);
    await queryClient.invalidateQueries({ queryKey: concernKeys.all });
    await queryClient.invalidateQueries({ queryKey: fileKeys.all });
  };
}
