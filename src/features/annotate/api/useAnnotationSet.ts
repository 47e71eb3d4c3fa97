import { useQuery } from '@tanstack/react-query';
import { emptyAnnotationRecord, getAnnotationRecord } from '../../../storage/annotationWrites.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

/** One annotator's annotations of one document (an empty set before their first edit). */
export function useAnnotationSet(projectId: string, docId: string, annotator: string) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: queryKeys.annotations(docId, annotator),
    queryFn: async () => (await getAnnotationRecord(db, docId, annotator)) ?? emptyAnnotationRecord(projectId, docId, annotator),
  });
}
