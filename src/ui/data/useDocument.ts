import { useQuery } from '@tanstack/react-query';
import { getDocument, getText } from '../../storage/documentStore.ts';
import { queryKeys } from '../../storage/queryKeys.ts';
import { useDatabase } from '../DatabaseProvider.tsx';

export function useDocumentRecord(docId: string) {
  const { db } = useDatabase();
  return useQuery({ queryKey: queryKeys.document(docId), queryFn: async () => (await getDocument(db, docId)) ?? null });
}

export function useDocumentText(docId: string) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: queryKeys.text(docId),
    queryFn: async () => (await getText(db, docId)) ?? null,
    // Texts never change after import.
    staleTime: Infinity,
  });
}
