import { useQuery } from '@tanstack/react-query';
import { getProject } from '../../../storage/projectStore.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

/** The project record, for its name; the same key and value as the library's, so they share the cache. */
export function useSchemaProject(projectId: string) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: queryKeys.project(projectId),
    queryFn: async () => (await getProject(db, projectId)) ?? null,
  });
}
