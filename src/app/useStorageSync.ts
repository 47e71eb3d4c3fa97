import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { onStorageChange } from '../storage/changeFeed.ts';
import { queryKeys } from '../storage/queryKeys.ts';

/** Refetches what another tab, the import worker or this tab changed. */
export function useStorageSync(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onStorageChange((change) => {
        if (change.type === 'projects') void queryClient.invalidateQueries({ queryKey: queryKeys.projects() });
        if (change.type === 'documents') {
          void queryClient.invalidateQueries({ queryKey: queryKeys.documents(change.projectId) });
          void queryClient.invalidateQueries({ queryKey: queryKeys.projects() });
        }
        if (change.type === 'annotations') {
          void queryClient.invalidateQueries({ queryKey: queryKeys.documents(change.projectId) });
          void queryClient.invalidateQueries({ queryKey: queryKeys.document(change.docId) });
        }
      }),
    [queryClient],
  );
}
