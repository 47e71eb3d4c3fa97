import { useQuery } from '@tanstack/react-query';
import { neighbourDocument } from '../../storage/documentStore.ts';
import { queryKeys } from '../../storage/queryKeys.ts';
import { useDatabase } from '../DatabaseProvider.tsx';

/** Ids of the documents before and after this one in import order, for next / previous. */
export function useNeighbours(projectId: string, docId: string, seq: number | undefined) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: queryKeys.neighbours(docId),
    enabled: seq !== undefined,
    queryFn: async () => {
      const [previous, next] = await Promise.all([
        neighbourDocument(db, projectId, seq!, 'previous'),
        neighbourDocument(db, projectId, seq!, 'next'),
      ]);
      return { previous: previous?.id ?? null, next: next?.id ?? null };
    },
  });
}
