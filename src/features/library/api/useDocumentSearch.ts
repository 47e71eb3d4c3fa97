import { useQuery } from '@tanstack/react-query';
import { arabicSearchKey } from '../../../core/text/arabicSearchKey.ts';
import { searchMatcher } from '../../../core/text/searchMatcher.ts';
import { forEachTextChunk, projectRange } from '../../../storage/documentStore.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import type { TawsimDatabase } from '../../../storage/openTawsimDb.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

const CHUNK = 500;

/**
 * Ids of the project's documents whose text contains the query, in import order. A search
 * the user has moved on from (`signal` aborted) stops at its next chunk and rejects.
 */
export async function searchDocuments(db: TawsimDatabase, projectId: string, query: string, signal?: AbortSignal): Promise<string[]> {
  if (!arabicSearchKey(query)) return [];
  const contains = searchMatcher(query);
  const ids: string[] = [];
  await forEachTextChunk(db, projectId, CHUNK, (chunk) => {
    signal?.throwIfAborted();
    for (const { id, text } of chunk) if (contains(text)) ids.push(id);
  });
  signal?.throwIfAborted();
  if (ids.length === 0) return [];
  // Import order from the index's keys alone: loading the records found to sort them by
  // seq took a fifth of a search that matched most of a 10,000-document project.
  const found = new Set(ids);
  const ordered = await db.getAllKeysFromIndex('documents', 'by-project-seq', projectRange(projectId));
  return ordered.filter((id) => found.has(id));
}

export function useDocumentSearch(projectId: string, query: string) {
  const { db } = useDatabase();
  const trimmed = query.trim();
  return useQuery({
    queryKey: queryKeys.documentSearch(projectId, trimmed),
    // The ids travel with the query that found them: while a new search runs, the list
    // keeps showing the previous results under the previous query's page keys.
    queryFn: async ({ signal }) => ({ query: trimmed, ids: await searchDocuments(db, projectId, trimmed, signal) }),
    enabled: trimmed.length > 0,
    placeholderData: (previous) => previous,
  });
}
