import { useQuery } from '@tanstack/react-query';
import { projectAnnotators } from '../../../storage/annotationStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

export function useProjectAnnotators(projectId: string) {
  const { db } = useDatabase();
  return useQuery({ queryKey: ['documents', projectId, 'annotators'], queryFn: () => projectAnnotators(db, projectId) });
}
