import { useQuery } from '@tanstack/react-query';
import { projectProgress } from '../../../storage/progressStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

/** Under the project's documents key, so anything that invalidates the document list refreshes progress too. */
export const progressKey = (projectId: string) => ['documents', projectId, 'progress'] as const;

export function useProjectProgress(projectId: string) {
  const { db } = useDatabase();
  // Fresh on every visit to the library: edits on the annotation screen do not invalidate it.
  return useQuery({ queryKey: progressKey(projectId), queryFn: () => projectProgress(db, projectId), staleTime: 0 });
}
