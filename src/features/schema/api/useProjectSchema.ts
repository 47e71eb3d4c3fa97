import { useQuery } from '@tanstack/react-query';
import { getProjectSchema } from '../../../storage/schemaStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { schemaKeys } from './schemaKeys.ts';

export function useProjectSchema(projectId: string) {
  const { db } = useDatabase();
  return useQuery({ queryKey: schemaKeys.schema(projectId), queryFn: () => getProjectSchema(db, projectId) });
}
