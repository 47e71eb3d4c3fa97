import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntityLabelPatch } from '../../../core/schema/schemaEdits.ts';
import { renameEntityTagEverywhere } from '../../../storage/schemaStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { announceSchemaChange } from './announceSchemaChange.ts';
import { schemaKeys } from './schemaKeys.ts';

export function useRenameEntityTag(projectId: string) {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ from, to, patch }: { from: string; to: string; patch?: EntityLabelPatch }) => renameEntityTagEverywhere(db, projectId, from, to, patch),
    onSuccess: ({ schema, docIds }) => {
      queryClient.setQueryData(schemaKeys.schema(projectId), schema);
      return announceSchemaChange(queryClient, projectId, docIds);
    },
  });
}
