import { skipToken, useQuery } from '@tanstack/react-query';
import { documentIdsWithStatus } from '../../../storage/annotationStore.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { filterStatuses, type StatusFilter } from '../../../core/model/statusFilter.ts';

/**
 * Ids of the annotator's documents that pass the filter, in import order, with the
 * annotator and filter they were read for; nothing is read for 'all'. Under the project's documents key, so marking a document done refreshes it.
 */
export function useDocumentsWithStatus(projectId: string, choice: { annotator: string; filter: Exclude<StatusFilter, 'all'> } | null) {
  const { db } = useDatabase();
  const key = queryKeys.documentsWithStatus(projectId, choice?.annotator ?? '', choice?.filter ?? 'all');
  return useQuery({
    queryKey: key,
    // Like a search's ids, these travel with their key and annotator: while the next filter
    // loads, the list keeps the previous one, with its own page keys and badges.
    queryFn: choice
      ? async () => ({ key, annotator: choice.annotator, filter: choice.filter, ids: await documentIdsWithStatus(db, projectId, choice.annotator, filterStatuses[choice.filter]) })
      : skipToken,
    placeholderData: (previous) => previous,
  });
}
