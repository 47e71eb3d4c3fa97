import type { EntitySpan } from '../model/annotation.ts';
import { partitionPoint } from '../offsets/partitionPoint.ts';
import type { WordToken } from './arabicWords.ts';
import { compareSpans } from './spanOrder.ts';
import type { TextRange } from './textRange.ts';

/*
 * The keyboard caret sits on a word: its offset is a word start, and the word
 * under it is what a label would go on. Punctuation tokens are not caret stops,
 * so moving by word goes from word to word; a range between two words still
 * covers the punctuation in between.
 */

export type LogicalDirection = 'forward' | 'backward';

/** Reading order is logical order; in RTL text ArrowLeft reads on. */
export function arrowKeyToLogical(key: 'ArrowLeft' | 'ArrowRight', direction: 'rtl' | 'ltr'): LogicalDirection {
  return (key === 'ArrowLeft') === (direction === 'rtl') ? 'forward' : 'backward';
}

function isStop(token: WordToken): boolean {
  return token.kind !== 'punct';
}

/** Start of the first word after `offset`, or `offset` itself when there is none. */
export function nextWord(tokens: readonly WordToken[], offset: number): number {
  for (let i = partitionPoint(tokens, (t) => t.start <= offset); i < tokens.length; i++) {
    const token = tokens[i] as WordToken;
    if (isStop(token)) return token.start;
  }
  return offset;
}

/**
 * Start of the word before `offset`; from inside a word, that word's own start.
 * `offset` itself when there is none.
 */
export function previousWord(tokens: readonly WordToken[], offset: number): number {
  for (let i = partitionPoint(tokens, (t) => t.start < offset) - 1; i >= 0; i--) {
    const token = tokens[i] as WordToken;
    if (isStop(token)) return token.start;
  }
  return offset;
}

/** Anchor stays where the selection began; focus moves. Equal when collapsed. */
export interface CaretSelection {
  anchor: number;
  focus: number;
}

/** One word forward or backward; with `extend` (Shift) the anchor stays put. */
export function moveCaret(
  tokens: readonly WordToken[],
  selection: CaretSelection,
  direction: LogicalDirection,
  extend: boolean,
): CaretSelection {
  const focus = direction === 'forward' ? nextWord(tokens, selection.focus) : previousWord(tokens, selection.focus);
  return { anchor: extend ? selection.anchor : focus, focus };
}

/** The word a caret offset stands for: the one under it, else the next, else the last. */
function caretWord(tokens: readonly WordToken[], offset: number): WordToken | undefined {
  const after = partitionPoint(tokens, (t) => t.end <= offset);
  for (let i = after; i < tokens.length; i++) {
    const token = tokens[i] as WordToken;
    if (isStop(token)) return token;
  }
  for (let i = after - 1; i >= 0; i--) {
    const token = tokens[i] as WordToken;
    if (isStop(token)) return token;
  }
  return undefined;
}

/**
 * The word-aligned range a caret selection covers: from the anchor's word to the
 * focus's word, both whole, in either order. A collapsed caret covers its word.
 */
export function caretRange(tokens: readonly WordToken[], selection: CaretSelection): TextRange | null {
  const anchorWord = caretWord(tokens, selection.anchor);
  const focusWord = caretWord(tokens, selection.focus);
  if (anchorWord === undefined || focusWord === undefined) return null;
  return {
    start: Math.min(anchorWord.start, focusWord.start),
    end: Math.max(anchorWord.end, focusWord.end),
  };
}

/** The innermost (shortest) span containing the offset; ties go to the later in document order. */
export function spanAtCaret(spans: readonly EntitySpan[], offset: number): EntitySpan | undefined {
  let best: EntitySpan | undefined;
  for (const span of spans) {
    if (span.start > offset || offset >= span.end) continue;
    const length = span.end - span.start;
    const bestLength = best === undefined ? Infinity : best.end - best.start;
    if (best === undefined || length < bestLength || (length === bestLength && compareSpans(span, best) > 0)) {
      best = span;
    }
  }
  return best;
}

/*
 * Tab and Shift+Tab walk spans in document order (spanOrder.ts). From a focused
 * span (currentId) they go to its neighbour, which also steps through nested
 * spans sharing a start; from a bare caret, Tab goes to the first span starting
 * at or after it and Shift+Tab to the last starting before it. No wrap-around.
 */

export function nextSpan(spans: readonly EntitySpan[], offset: number, currentId?: string): EntitySpan | undefined {
  const sorted = [...spans].sort(compareSpans);
  const current = sorted.findIndex((span) => span.id === currentId);
  if (current >= 0) return sorted[current + 1];
  return sorted[partitionPoint(sorted, (span) => span.start < offset)];
}

export function previousSpan(spans: readonly EntitySpan[], offset: number, currentId?: string): EntitySpan | undefined {
  const sorted = [...spans].sort(compareSpans);
  const current = sorted.findIndex((span) => span.id === currentId);
  if (current >= 0) return sorted[current - 1];
  return sorted[partitionPoint(sorted, (span) => span.start < offset) - 1];
}
