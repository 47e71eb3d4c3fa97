import { wordAt, type WordToken } from './arabicWords.ts';
import { procliticSplits } from './procliticSplits.ts';
import type { TextRange } from './textRange.ts';

/**
 * Where a selection's span may start, for the label menu to offer: the start of the
 * word it starts in, and each proclitic split of that word (وبالعاصمة, بالعاصمة,
 * العاصمة, عاصمة), those before the selection's end, each with the text the span
 * would then cover.
 */
export function startChoices(text: string, tokens: readonly WordToken[], range: TextRange): { offset: number; text: string }[] {
  const word = wordAt(tokens, range.start);
  const wordStart = word?.start ?? range.start;
  return [wordStart, ...procliticSplits(text.slice(wordStart, word?.end ?? wordStart)).map((split) => wordStart + split)]
    .filter((offset) => offset < range.end)
    .map((offset) => ({ offset, text: text.slice(offset, range.end) }));
}
