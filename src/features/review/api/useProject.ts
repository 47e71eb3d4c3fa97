import { useQuery } from '@tanstack/react-query';
import { getProject } from '../../../storage/projectStore.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

export function useProject(projectId: string) {
  const { db } = useDatabase();
  return useQuery({ queryKey: queryKeys.project(projectId), queryFn: async () => (await getProject(db, projectId)) ?? null });
}
