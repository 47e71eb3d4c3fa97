import { queryKeys } from '../../../storage/queryKeys.ts';

/**
 * Query keys of the schema screen. They sit under the project's key (['projects', projectId]),
 * so whatever invalidates the project or the project list refreshes them too; the schema's own
 * key is the shared one, so the annotation screen's copy refreshes with it.
 */
export const schemaKeys = {
  schema: queryKeys.schema,
  labelUse: (projectId: string) => [...queryKeys.schema(projectId), 'label-use'] as const,
};
