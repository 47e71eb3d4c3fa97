import { queryOptions, useQuery } from '@tanstack/react-query';
import { listProjects } from '../../../storage/projectStore.ts';
import type { TawsimDatabase } from '../../../storage/openTawsimDb.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

export function projectsQuery(db: TawsimDatabase) {
  return queryOptions({ queryKey: queryKeys.projects(), queryFn: () => listProjects(db) });
}

export function useProjects() {
  const { db } = useDatabase();
  return useQuery(projectsQuery(db));
}
