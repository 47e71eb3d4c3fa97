/** Document ids with the query key they were read under, so list pages are cached per subset. */
export interface DocumentSubset {
  key: readonly unknown[];
  ids: readonly string[];
}

/**
 * The documents the list shows: the search's matches that pass the status filter, in
 * the search's import order; either alone when the other is off, null for the whole project.
 */
export function shownDocuments(search: DocumentSubset | null, filtered: DocumentSubset | null): DocumentSubset | null {
  if (!search || !filtered) return search ?? filtered;
  const kept = new Set(filtered.ids);
  return { key: [...filtered.key, ...search.key], ids: search.ids.filter((id) => kept.has(id)) };
}
