import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectSchema } from '../../../core/schema/projectSchema.ts';
import { editProjectSchema } from '../../../storage/schemaStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { announceSchemaChange } from './announceSchemaChange.ts';
import { schemaKeys } from './schemaKeys.ts';

/** Saves an edit of the schema: the edit is applied to the stored schema, so it never overwrites another tab's change. */
export function useEditProjectSchema(projectId: string) {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: (schema: ProjectSchema) => ProjectSchema) => editProjectSchema(db, projectId, edit),
    onSuccess: (schema) => {
      queryClient.setQueryData(schemaKeys.schema(projectId), schema);
      return announceSchemaChange(queryClient, projectId, []);
    },
  });
}
