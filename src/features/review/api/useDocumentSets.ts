import { useQuery } from '@tanstack/react-query';
import { annotationsOfDocument } from '../../../storage/annotationStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { reviewKeys } from './reviewKeys.ts';

/** Every annotator's set of one document, gold included. */
export function useDocumentSets(docId: string) {
  const { db } = useDatabase();
  return useQuery({ queryKey: reviewKeys.sets(docId), queryFn: () => annotationsOfDocument(db, docId) });
}
