import { isInsideSurrogatePair } from '../offsets/codePointOffsets.ts';
import { partitionPoint } from '../offsets/partitionPoint.ts';
import type { WordToken } from './arabicWords.ts';
import { procliticSplits } from './procliticSplits.ts';
import type { TextRange } from './textRange.ts';

/*
 * Selections come from the browser as anchor and focus, so start may be after end
 * (a selection dragged leftwards in RTL text): every function here accepts both
 * orders. A collapsed or blank selection snaps to nothing (null); a caret on a
 * word is the caller's business (wordAt).
 */

function ordered(start: number, end: number): [number, number] {
  return start <= end ? [start, end] : [end, start];
}

/** Index range [first, after) of the tokens that overlap [from, to). */
function overlapping(tokens: readonly WordToken[], from: number, to: number): [number, number] {
  return [partitionPoint(tokens, (t) => t.end <= from), partitionPoint(tokens, (t) => t.start < to)];
}

/**
 * The smallest run of whole tokens covering every token the selection touches.
 * Whitespace at either edge falls away because it belongs to no token.
 */
export function snapToWords(tokens: readonly WordToken[], start: number, end: number): TextRange | null {
  const [from, to] = ordered(start, end);
  const [first, after] = overlapping(tokens, from, to);
  const firstToken = tokens[first];
  const lastToken = tokens[after - 1];
  if (from === to || first >= after || firstToken === undefined || lastToken === undefined) return null;
  return { start: firstToken.start, end: lastToken.end };
}

/**
 * Like snapToWords, but when the selection starts inside its first word at or
 * after a proclitic split (see procliticSplits), the range starts at the
 * innermost such split instead: selecting "الرباط" in "بالرباط", or starting
 * a letter late, gives "الرباط"; starting at the word's start keeps the word.
 */
export function snapWithProcliticSplit(tokens: readonly WordToken[], start: number, end: number): TextRange | null {
  const range = snapToWords(tokens, start, end);
  if (range === null) return null;
  const [from, to] = ordered(start, end);
  const firstWord = tokens[overlapping(tokens, from, to)[0]];
  if (firstWord === undefined || firstWord.kind !== 'word' || from <= firstWord.start) return range;
  let splitStart = range.start;
  for (const split of procliticSplits(firstWord.text)) {
    if (firstWord.start + split <= from) splitStart = firstWord.start + split;
  }
  return { start: splitStart, end: range.end };
}

/** Whitespace and the invisible bidi controls; ZWJ and ZWNJ belong to words and stay. */
const TRIMMED = /[\s\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Character-precise mode: the selection as made, without surrounding whitespace
 * or bidi controls, widened only so it never cuts a surrogate pair.
 */
export function trimSelection(text: string, start: number, end: number): TextRange | null {
  let [from, to] = ordered(start, end);
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  while (from < to && TRIMMED.test(text.charAt(from))) from++;
  while (to > from && TRIMMED.test(text.charAt(to - 1))) to--;
  if (from >= to) return null;
  if (isInsideSurrogatePair(text, from)) from--;
  if (isInsideSurrogatePair(text, to)) to++;
  return { start: from, end: to };
}
