import { useMutation } from '@tanstack/react-query';
import { deleteProject } from '../../../storage/projectStore.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

export function useDeleteProject() {
  const { db } = useDatabase();
  return useMutation({
    mutationFn: (projectId: string) => deleteProject(db, projectId),
    onSuccess: (_result, projectId) => {
      announceChange({ type: 'projects' });
      announceChange({ type: 'documents', projectId });
    },
  });
}
