import { useQuery } from '@tanstack/react-query';
import type { DocumentStatus } from '../../core/model/annotation.ts';
import { neighboursWithStatus } from '../../storage/annotationStore.ts';
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
      if (filter) {
        const { previous, next } = await neighboursWithStatus(db, projectId, seq!, filter.annotator, filter.statuses);
        return { previous: previous ?? null, next: next ?? null };
      }
      const [previous, next] = await Promise.all([neighbourDocument(db, projectId, seq!, 'previous'), neighbourDocument(db, projectId, seq!, 'next')]);
      return { previous: previous?.id ?? null, next: next?.id ?? null };
    },
  });
}
