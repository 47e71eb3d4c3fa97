import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getSetting, setSetting } from '../../storage/settingsStore.ts';
import { queryKeys } from '../../storage/queryKeys.ts';
import type { StatusFilter } from '../../core/model/statusFilter.ts';
import { useDatabase } from '../DatabaseProvider.tsx';

const filterSetting = (projectId: string) => `library.statusFilter.${projectId}`;

/**
 * The project's document filter (the list shows it, next and previous in the annotation
 * screen follow it), remembered in the database so it survives a visit to a document and a reload.
 */
export function useStatusFilter(projectId: string) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: queryKeys.setting(filterSetting(projectId)),
    queryFn: async () => (await getSetting<StatusFilter>(db, filterSetting(projectId))) ?? 'all',
    staleTime: Infinity,
  });
}

export function useSetStatusFilter(projectId: string) {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (filter: StatusFilter) => setSetting(db, filterSetting(projectId), filter),
    onMutate: (filter) => queryClient.setQueryData(queryKeys.setting(filterSetting(projectId)), filter),
  });
}
