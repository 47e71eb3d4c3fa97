import { useQuery } from '@tanstack/react-query';
import { emptyAnnotationRecord, getAnnotationRecord } from '../../../storage/annotationWrites.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { shareAnnotationRecord } from './shareAnnotationRecord.ts';

/** One annotator's annotations of one document (an empty set before their first edit). */
export function useAnnotationSet(projectId: string, docId: string, annotator: string) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: queryKeys.annotations(docId, annotator),
    queryFn: async () => (await getAnnotationRecord(db, docId, annotator)) ?? emptyAnnotationRecord(projectId, docId, annotator),
    structuralSharing: (previous: unknown, next: unknown) => shareAnnotationRecord(previous as AnnotationRecord | undefined, next as AnnotationRecord),
  });
}
