import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../storage/queryKeys.ts';
import { keysChangedBy, refreshAfterChange } from './refreshAfterChange.ts';

/** A store the test changes by hand, and a count query over it whose first read it can hold back. */
function countedStore() {
  let stored = 0;
  let holdFirst: ((value: number) => void) | null = null;
  let reads = 0;
  const queryFn = () => {
    reads++;
    const seen = stored;
    // The first read sees the store before the change and answers after it.
    if (reads === 1) return new Promise<number>((resolve) => (holdFirst = () => resolve(seen)));
    return Promise.resolve(seen);
  };
  return {
    queryFn,
    write: (value: number) => (stored = value),
    releaseFirst: () => holdFirst?.(0),
  };
}

describe('refreshAfterChange', () => {
  it('a read under way when the change comes is read again, not kept with what it saw before', async () => {
    const queryClient = new QueryClient();
    const store = countedStore();
    const observer = new QueryObserver(queryClient, { queryKey: queryKeys.documentCount('p1'), queryFn: store.queryFn, staleTime: Infinity });
    const seen: (number | undefined)[] = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data));

    // The library opens and reads while the import's last batch commits.
    store.write(59);
    const refreshed = refreshAfterChange(queryClient, { type: 'documents', projectId: 'p1' });
    store.releaseFirst();
    await refreshed;
    await queryClient.getQueryCache().find({ queryKey: queryKeys.documentCount('p1') })?.promise;

    expect(observer.getCurrentResult().data).toBe(59);
    expect(seen).not.toContain(0);
    unsubscribe();
  });

  it('refreshes the project’s lists for documents, the document too for annotations', () => {
    expect(keysChangedBy({ type: 'projects' })).toEqual([['projects']]);
    expect(keysChangedBy({ type: 'documents', projectId: 'p1' })).toEqual([['documents', 'p1'], ['projects']]);
    expect(keysChangedBy({ type: 'annotations', projectId: 'p1', docId: 'd1' })).toEqual([['documents', 'p1'], ['document', 'd1']]);
  });
});
