import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { onStorageChange } from '../storage/changeFeed.ts';
import { refreshAfterChange } from './refreshAfterChange.ts';

/** Refetches what another tab, the import worker or this tab changed. */
export function useStorageSync(): void {
  const queryClient = useQueryClient();
  useEffect(() => onStorageChange((change) => void refreshAfterChange(queryClient, change)), [queryClient]);
}
