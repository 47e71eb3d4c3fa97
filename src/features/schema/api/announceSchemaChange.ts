import type { QueryClient } from '@tanstack/react-query';
import { announceChange } from '../../../storage/changeFeed.ts';
import { schemaKeys } from './schemaKeys.ts';

/**
 * Tells this tab and the others that the schema changed, and which documents' annotations a
 * rename or removal rewrote, so an annotation screen open on one of them reloads it.
 */
export function announceSchemaChange(queryClient: QueryClient, projectId: string, docIds: readonly string[]): Promise<void> {
  announceChange({ type: 'projects' });
  for (const docId of docIds) announceChange({ type: 'annotations', projectId, docId });
  return queryClient.invalidateQueries({ queryKey: schemaKeys.schema(projectId) });
}
