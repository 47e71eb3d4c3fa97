import { useQuery } from '@tanstack/react-query';
import { countEntityLabelUse } from '../../../storage/schemaStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { schemaKeys } from './schemaKeys.ts';

/** Span and annotator counts per entity tag; counted afresh whenever asked, since annotators keep working. */
export function useEntityLabelUse(projectId: string) {
  const { db } = useDatabase();
  return useQuery({
    queryKey: schemaKeys.labelUse(projectId),
    queryFn: () => countEntityLabelUse(db, projectId),
    staleTime: 0,
  });
}
