import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { StorageChange } from '../storage/changeFeed.ts';
import { queryKeys } from '../storage/queryKeys.ts';

/** The cached queries a change makes stale. */
export function keysChangedBy(change: StorageChange): QueryKey[] {
  switch (change.type) {
    case 'projects':
      return [queryKeys.projects()];
    case 'documents':
      return [queryKeys.documents(change.projectId), queryKeys.projects()];
    case 'annotations':
      return [queryKeys.documents(change.projectId), queryKeys.document(change.docId)];
  }
}

/**
 * Refetches what a change made stale. Reads under way are cancelled first: an
 * invalidation does not restart a query's first read, so a read that began before the
 * change (a library opened while its import commits) would otherwise keep what it
 * found, 0 documents, for good.
 */
export async function refreshAfterChange(queryClient: QueryClient, change: StorageChange): Promise<void> {
  await Promise.all(
    keysChangedBy(change).map(async (queryKey) => {
      await queryClient.cancelQueries({ queryKey });
      await queryClient.invalidateQueries({ queryKey });
    }),
  );
}
