import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeEntityLabelEverywhere } from '../../../storage/schemaStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { announceSchemaChange } from './announceSchemaChange.ts';
import { schemaKeys } from './schemaKeys.ts';

export function useRemoveEntityLabel(projectId: string) {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tag: string) => removeEntityLabelEverywhere(db, projectId, tag),
    onSuccess: ({ schema, docIds }) => {
      queryClient.setQueryData(schemaKeys.schema(projectId), schema);
      return announceSchemaChange(queryClient, projectId, docIds);
    },
  });
}
