import { useQuery } from '@tanstack/react-query';
import type { DocumentStatus } from '../../core/model/annotation.ts';
import { neighbourWithStatus } from '../../storage/annotationStore.ts';
import { neighbourDocument } from '../../storage/documentStore.ts';
import { queryKeys } from '../../storage/queryKeys.ts';
import { useDatabase } from '../DatabaseProvider.tsx';

/** Whose documents of which statuses next and previous visit (the document list's filter), or null for every document. */
export interface NeighbourFilter {
  annotator: string;
  statuses: readonly DocumentStatus[];
}

/** Ids of the documents before and after this one in import order, for next / previous; with a filter, the nearest that pass it. */
export function useNeighbours(projectId: string, docId: string, seq: number | undefined, filter: NeighbourFilter | null = null) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: [...queryKeys.neighbours(docId), filter?.annotator ?? null, ...(filter?.statuses ?? [])],
    enabled: seq !== undefined,
    queryFn: async () => {
      const find = async (direction: 'next' | 'previous') =>
        filter
          ? neighbourWithStatus(db, projectId, seq!, direction, filter.annotator, filter.statuses)
          : (await neighbourDocument(db, projectId, seq!, direction))?.id;
      const [previous, next] = await Promise.all([find('previous'), find('next')]);
      return { previous: previous ?? null, next: next ?? null };
    },
  });
}
