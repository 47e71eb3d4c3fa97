import { useQueries } from '@tanstack/react-query';
import { listDocumentsPage, getDocuments } from '../../../storage/documentStore.ts';
import { statusesOfDocuments } from '../../../storage/annotationStore.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import type { DocumentRecord } from '../../../storage/tawsimSchema.ts';
import type { TawsimDatabase } from '../../../storage/openTawsimDb.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { PAGE_SIZE, type DocumentRow } from './documentRow.ts';

async function withStatuses(db: TawsimDatabase, records: DocumentRecord[]): Promise<DocumentRow[]> {
  const statuses = await statusesOfDocuments(db, records.map((r) => r.id));
  return records.map((record) => ({ record, status: statuses.get(record.id) ?? 'new' }));
}

/**
 * Loads only the pages the list shows. Without a search, pages come from the
 * project's import-order index; with one, from the ids the search matched.
 */
export function useDocumentPages(
  projectId: string,
  pages: readonly number[],
  search: { query: string; ids: readonly string[] } | null,
) {
  const { db } = useDatabase();
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: search
        ? [...queryKeys.documentSearch(projectId, search.query), 'page', page]
        : queryKeys.documentPage(projectId, page, undefined),
      queryFn: async (): Promise<DocumentRow[]> => {
        const records = search
          ? await getDocuments(db, search.ids.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE))
          : await listDocumentsPage(db, projectId, page * PAGE_SIZE, PAGE_SIZE);
        return withStatuses(db, records);
      },
      placeholderData: (previous: DocumentRow[] | undefined) => previous,
    })),
  });
  const rows = new Map<number, DocumentRow[]>();
  pages.forEach((page, i) => {
    const data = results[i]?.data;
    if (data) rows.set(page, data);
  });
  return rows;
}
