import { GOLD_ANNOTATOR, SUGGESTION_ANNOTATOR } from '../../../core/model/annotation.ts';
import type { ProjectAnnotator } from '../../../storage/reviewStore.ts';

/** Who can be compared: everyone but the import's suggestions. */
export function comparableAnnotators(all: readonly ProjectAnnotator[]): ProjectAnnotator[] {
  return all.filter((a) => a.name !== SUGGESTION_ANNOTATOR);
}

/**
 * The annotators compared: the remembered choice, less anyone no longer in the
 * project; without a choice, everyone but gold.
 */
export function chosenAnnotators(all: readonly ProjectAnnotator[], choice: readonly string[] | null): string[] {
  const names = comparableAnnotators(all).map((a) => a.name);
  if (choice === null) return names.filter((name) => name !== GOLD_ANNOTATOR);
  return names.filter((name) => choice.includes(name));
}
