import { queryKeys } from '../../../storage/queryKeys.ts';

/**
 * Keys of the review's queries. They sit under the app's keys for the project's
 * documents and for the document, so the invalidation that follows every stored
 * annotation change (useStorageSync) refreshes them too.
 */
export const reviewKeys = {
  annotators: (projectId: string) => [...queryKeys.documents(projectId), 'review', 'annotators'] as const,
  agreement: (projectId: string, annotators: readonly string[]) => [...queryKeys.documents(projectId), 'review', 'agreement', ...annotators] as const,
  /** Every annotator's set of the document: a prefix of queryKeys.annotations(docId, annotator). */
  sets: (docId: string) => [...queryKeys.document(docId), 'annotations'] as const,
  choice: (projectId: string) => queryKeys.setting(choiceSetting(projectId)),
};

/** The settings key that remembers whom the reviewer compares in a project. */
export function choiceSetting(projectId: string): string {
  return `review.annotators.${projectId}`;
}
