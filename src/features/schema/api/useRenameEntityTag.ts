import { useMutation, useQueryClient } from '@tanstack/react-query';
import { renameEntityTagEverywhere } from '../../../storage/schemaStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { announceSchemaChange } from './announceSchemaChange.ts';
import { schemaKeys } from './schemaKeys.ts';

export function useRenameEntityTag(projectId: string) {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ from, to }: { from: string; to: string }) => renameEntityTagEverywhere(db, projectId, from, to),
    onSuccess: ({ schema, docIds }) => {
      queryClient.setQueryData(schemaKeys.schema(projectId), schema);
      return announceSchemaChange(queryClient, projectId, docIds);
    },
  });
}
