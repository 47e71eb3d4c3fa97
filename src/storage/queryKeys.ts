/** React Query keys for stored data, in one place so every feature invalidates the same keys. */
export const queryKeys = {
  projects: () => ['projects'] as const,
  project: (projectId: string) => ['projects', projectId] as const,
  documents: (projectId: string) => ['documents', projectId] as const,
  documentCount: (projectId: string) => ['documents', projectId, 'count'] as const,
  documentPage: (projectId: string, page: number, annotator: string | undefined) =>
    ['documents', projectId, 'page', page, annotator ?? ''] as const,
  documentSearch: (projectId: string, query: string) => ['documents', projectId, 'search', query] as const,
  /** One annotator's documents with some statuses, named by the list's filter (e.g. 'todo'). */
  documentsWithStatus: (projectId: string, annotator: string, filter: string) =>
    ['documents', projectId, 'status', annotator, filter] as const,
  document: (docId: string) => ['document', docId] as const,
  text: (docId: string) => ['document', docId, 'text'] as const,
  schema: (projectId: string) => ['projects', projectId, 'schema'] as const,
  annotations: (docId: string, annotator: string) => ['document', docId, 'annotations', annotator] as const,
  neighbours: (docId: string) => ['document', docId, 'neighbours'] as const,
  setting: (key: string) => ['settings', key] as const,
};
