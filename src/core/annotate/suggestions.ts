import { stanceSuggestionKey, suggestionKey, type EntitySpan, type StanceAnnotation, type SuggestionDecision } from '../model/annotation.ts';

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

/**
 * The suggested stances an annotator still has to decide on: not accepted or rejected
 * before, and not already their own label toward that target. Suggested stances are
 * toward free-text targets (an import as suggestions keeps an entity target's text).
 */
export function openStanceSuggestions(
  suggested: readonly StanceAnnotation[],
  own: readonly StanceAnnotation[],
  decisions: Readonly<Record<string, SuggestionDecision>> | undefined,
): StanceAnnotation[] {
  if (suggested.length === 0) return [];
  const present = new Set(own.filter((stance) => stance.targetEntity === null).map(stanceSuggestionKey));
  return suggested.filter((stance) => {
    const key = stanceSuggestionKey(stance);
    return !present.has(key) && decisions?.[key] === undefined;
  });
}
