import type { EntitySpan } from '../model/annotation.ts';
import { compareSpans } from './spanOrder.ts';
import type { TextRange } from './textRange.ts';

/**
 * How deeply each span is nested or overlapped: 0 for a span no earlier span
 * still covers at its start, 1 inside one such span, and so on. The view draws
 * depth 0 as a background and deeper spans as stacked underlines, so every
 * nested span stays visible. O(n·d) for nesting depth d when the spans are in
 * document order (as edits keep them), plus a sort when they are not.
 * With `range`, only the spans overlapping it are given (what a view paints): the
 * scan stops at its end, and the spans before it are passed over without being stored.
 */
export function spanDepths(spans: readonly EntitySpan[], range?: TextRange): Map<string, number> {
  const depths = new Map<string, number>();
  const ordered = inDocumentOrder(spans) ? spans : [...spans].sort(compareSpans);
  // End of the span last given each depth: the depth is free again once that end is reached.
  const heldUntil: number[] = [];
  for (const span of ordered) {
    if (range && span.start >= range.end) break;
    let depth = 0;
    while (depth < heldUntil.length && heldUntil[depth]! > span.start) depth++;
    heldUntil[depth] = span.end;
    if (!range || span.end > range.start) depths.set(span.id, depth);
  }
  return depths;
}

function inDocumentOrder(spans: readonly EntitySpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (compareSpans(spans[i - 1]!, spans[i]!) > 0) return false;
  return true;
}
