import { useQuery } from '@tanstack/react-query';
import { getProjectSchema } from '../../storage/schemaStore.ts';
import { queryKeys } from '../../storage/queryKeys.ts';
import { useDatabase } from '../DatabaseProvider.tsx';

/** The project's label schema, under the key every feature that edits it invalidates. */
export function useProjectSchema(projectId: string) {
  const { db } = useDatabase();
  return useQuery({ queryKey: queryKeys.schema(projectId), queryFn: () => getProjectSchema(db, projectId) });
}
