import { suggestionKey, type EntitySpan, type SuggestionDecision } from '../model/annotation.ts';

/**
 * The suggested spans an annotator still has to decide on: not accepted or rejected
 * before, and not already in their own set with the same offsets and label.
 */
export function openSuggestions(
  suggested: readonly EntitySpan[],
  own: readonly EntitySpan[],
  decisions: Readonly<Record<string, SuggestionDecision>> | undefined,
): EntitySpan[] {
  if (suggested.length === 0) return [];
  const present = new Set(own.map(suggestionKey));
  return suggested.filter((span) => {
    const key = suggestionKey(span);
    return !present.has(key) && decisions?.[key] === undefined;
  });
}
