import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { agreementInWorker } from '../agreement/agreementClient.ts';
import type { AgreementProgress } from '../agreement/agreementMessages.ts';
import { reviewKeys } from './reviewKeys.ts';

/**
 * The agreement report of the chosen annotators, computed in a worker, with its
 * progress. It is recomputed when stored annotations change (see reviewKeys); the
 * last report stays on screen meanwhile.
 */
export function useAgreementReport(projectId: string, annotators: readonly string[] | null) {
  const { name } = useDatabase();
  const [progress, setProgress] = useState<AgreementProgress | null>(null);
  const query = useQuery({
    queryKey: reviewKeys.agreement(projectId, annotators ?? []),
    enabled: annotators !== null,
    queryFn: async ({ signal }) => {
      try {
        return await agreementInWorker({ dbName: name, projectId, annotators: [...(annotators ?? [])] }, setProgress, signal);
      } finally {
        setProgress(null);
      }
    },
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  return { ...query, progress };
}
