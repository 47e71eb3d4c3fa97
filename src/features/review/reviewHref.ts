/**
 * Addresses of the review screens. The app's router parses them (routes "review"
 * and "reviewDocument"); they are built here so this feature does not wait on it.
 */
export function reviewHref(projectId: string): string {
  return `#/p/${encodeURIComponent(projectId)}/review`;
}

export function reviewDocumentHref(projectId: string, docId: string): string {
  return `#/p/${encodeURIComponent(projectId)}/review/${encodeURIComponent(docId)}`;
}
