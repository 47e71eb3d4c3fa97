import { useCallback } from 'react';
import { recordEdit } from '../../../storage/activityStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

/**
 * Returns a function to call after each saved edit; it adds the time since the previous edit
 * to the annotator's active time on this document. Failure only loses a few seconds of the
 * tally, never the edit, so it is logged and not shown.
 */
export function useRecordActivity(projectId: string, docId: string, annotator: string): () => void {
  const { db } = useDatabase();
  return useCallback(() => {
    recordEdit(db, projectId, annotator, docId).catch((error: unknown) => console.warn('Recording editing time failed', error));
  }, [db, projectId, annotator, docId]);
}
