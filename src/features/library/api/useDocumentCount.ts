import { useQuery } from '@tanstack/react-query';
import { countDocumentsByKind } from '../../../storage/documentStore.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

/** The project's document count, in all and per kind. */
export function useDocumentCount(projectId: string) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: queryKeys.documentCount(projectId),
    queryFn: async () => {
      const byKind = await countDocumentsByKind(db, projectId);
      return { total: byKind.article + byKind.headline + byKind.text, byKind };
    },
  });
}
