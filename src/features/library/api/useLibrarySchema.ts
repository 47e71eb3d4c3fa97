import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../storage/queryKeys.ts';
import { getProjectSchema } from '../../../storage/schemaStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

/** The project's labels, for names and colours in the progress charts; the same key the schema editor updates. */
export function useLibrarySchema(projectId: string) {
  const { db } = useDatabase();
  return useQuery({ queryKey: queryKeys.schema(projectId), queryFn: () => getProjectSchema(db, projectId) });
}
