import { useQueries } from '@tanstack/react-query';
import { listDocumentsPage, getDocuments } from '../../../storage/documentStore.ts';
import { statusesOfDocuments } from '../../../storage/annotationStore.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import type { DocumentRecord } from '../../../storage/tawsimSchema.ts';
import type { TawsimDatabase } from '../../../storage/openTawsimDb.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { PAGE_SIZE, type DocumentRow } from './documentRow.ts';
import type { DocumentSubset } from '../statusFilter.ts';

async function withStatuses(db: TawsimDatabase, records: DocumentRecord[], annotator: string | undefined): Promise<DocumentRow[]> {
  const statuses = await statusesOfDocuments(db, records.map((r) => r.id), annotator);
  return records.map((record) => ({ record, status: statuses.get(record.id) ?? 'new' }));
}

/**
 * Loads only the pages the list shows. Without a subset (search or filter), pages come
 * from the project's import-order index; with one, from its ids. Each row's status is
 * `annotator`'s own, or without one the furthest anyone got.
 */
export function useDocumentPages(
  projectId: string,
  pages: readonly number[],
  subset: DocumentSubset | null,
  annotator: string | undefined,
) {
  const { db } = useDatabase();
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: subset ? [...subset.key, 'page', page, annotator ?? ''] : queryKeys.documentPage(projectId, page, annotator),
      queryFn: async (): Promise<DocumentRow[]> => {
        const records = subset
          ? await getDocuments(db, subset.ids.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE))
          : await listDocumentsPage(db, projectId, page * PAGE_SIZE, PAGE_SIZE);
        return withStatuses(db, records, annotator);
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
