import type { WordToken } from './arabicWords.ts';
import type { LogicalDirection } from './caretMovement.ts';
import { procliticSplits } from './procliticSplits.ts';
import type { TextRange } from './textRange.ts';

export type SpanEdge = 'start' | 'end';

/** Punctuation is not a stop, as for the caret: an edge moves from word to word. */
const words = (tokens: readonly WordToken[]) => tokens.filter((token) => token.kind !== 'punct');

/**
 * Where a span's start may stand in a word: its start, and the points after its
 * proclitics (و ف ب ك ل and the article), so an entity can leave them out or take
 * them in one at a time: وبالعاصمة, بالعاصمة, العاصمة, عاصمة.
 */
function startStops(word: WordToken): number[] {
  return [word.start, ...procliticSplits(word.text).map((split) => word.start + split)];
}

/**
 * The span with one edge moved one stop in reading order, for resizing by keyboard:
 * the end to the end of the next word (forward) or of the last word before it inside
 * the span (backward); the start past the next proclitic or to the next word, or back
 * over one. Null when the edge cannot move: at the text's edge, or where the span
 * would be left empty.
 */
export function resizeByWord(tokens: readonly WordToken[], span: TextRange, edge: SpanEdge, direction: LogicalDirection): TextRange | null {
  if (edge === 'end') {
    const ends = words(tokens).map((word) => word.end);
    const end = direction === 'forward' ? ends.find((at) => at > span.end) : ends.findLast((at) => at < span.end && at > span.start);
    return end === undefined ? null : { start: span.start, end };
  }
  // Inside its word, the start steps through that word's proclitics; from a word's start,
  // backward takes in the whole word before.
  const all = words(tokens);
  const inWord = all.find((word) => word.start <= span.start && span.start < word.end);
  let start: number | undefined;
  if (direction === 'forward') {
    start = (inWord && startStops(inWord).find((at) => at > span.start)) ?? all.find((word) => word.start > span.start)?.start;
    if (start !== undefined && start >= span.end) start = undefined;
  } else {
    start = inWord && inWord.start < span.start ? startStops(inWord).findLast((at) => at < span.start) : all.findLast((word) => word.start < span.start)?.start;
  }
  return start === undefined ? null : { start, end: span.end };
}
