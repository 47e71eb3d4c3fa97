import { useQuery } from '@tanstack/react-query';
import { listProjectAnnotators } from '../../../storage/reviewStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { reviewKeys } from './reviewKeys.ts';

/** Everyone who has annotations in the project, gold and suggestions included. */
export function useProjectAnnotators(projectId: string) {
  const { db } = useDatabase();
  return useQuery({ queryKey: reviewKeys.annotators(projectId), queryFn: () => listProjectAnnotators(db, projectId) });
}
