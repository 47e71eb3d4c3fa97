import { useQuery } from '@tanstack/react-query';
import { arabicSearchKey } from '../../../core/text/arabicSearchKey.ts';
import { forEachTextChunk, getDocuments } from '../../../storage/documentStore.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import type { TawsimDatabase } from '../../../storage/openTawsimDb.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

const CHUNK = 500;

/** Ids of the project's documents whose text contains the query, in import order. */
export async function searchDocuments(db: TawsimDatabase, projectId: string, query: string): Promise<string[]> {
  const key = arabicSearchKey(query);
  if (!key) return [];
  const ids: string[] = [];
  await forEachTextChunk(db, projectId, CHUNK, (chunk) => {
    for (const { id, text } of chunk) if (arabicSearchKey(text).includes(key)) ids.push(id);
  });
  const records = [];
  for (let i = 0; i < ids.length; i += CHUNK) records.push(...(await getDocuments(db, ids.slice(i, i + CHUNK))));
  return records.sort((a, b) => a.seq - b.seq).map((r) => r.id);
}

export function useDocumentSearch(projectId: string, query: string) {
  const { db } = useDatabase();
  const trimmed = query.trim();
  return useQuery({
    queryKey: queryKeys.documentSearch(projectId, trimmed),
    // The ids travel with the query that found them: while a new search runs, the list
    // keeps showing the previous results under the previous query's page keys.
    queryFn: async () => ({ query: trimmed, ids: await searchDocuments(db, projectId, trimmed) }),
    enabled: trimmed.length > 0,
    placeholderData: (previous) => previous,
  });
}
