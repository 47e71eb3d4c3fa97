import { useMutation } from '@tanstack/react-query';
import { createProject, newProjectId } from '../../../storage/projectStore.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

export function useCreateProject() {
  const { db } = useDatabase();
  return useMutation({
    mutationFn: async (name: string) => {
      const id = newProjectId();
      await createProject(db, id, name.trim());
      return id;
    },
    onSuccess: () => announceChange({ type: 'projects' }),
  });
}
