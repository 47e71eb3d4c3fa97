import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getSetting, setSetting } from '../../../storage/settingsStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { choiceSetting, reviewKeys } from './reviewKeys.ts';

/** Whom the reviewer chose to compare in the project, or null before any choice (the screen then takes a default). */
export function useReviewChoice(projectId: string) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: reviewKeys.choice(projectId),
    queryFn: async () => (await getSetting<string[]>(db, choiceSetting(projectId))) ?? null,
    staleTime: Infinity,
  });
}

/** Remembered in the database, so the overview and the document screens compare the same people. */
export function useSetReviewChoice(projectId: string) {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (annotators: string[]) => {
      await setSetting(db, choiceSetting(projectId), annotators);
      return annotators;
    },
    onMutate: (annotators) => queryClient.setQueryData(reviewKeys.choice(projectId), annotators),
  });
}
