import type { EntitySpan } from '../model/annotation.ts';
import type { TextRange } from './textRange.ts';

/** How many spans a selection offers to fit: more would bury the labels under them. */
export const MAX_SPANS_TO_FIT = 3;

/**
 * The spans a mouse selection can resize: those sharing at least one character with
 * it and not already on its bounds, the least changed first (fewest characters taken
 * in or left out, then the earlier and shorter). Fitting a span keeps its id, where
 * deleting it and tagging the selection would leave events pointing at nothing.
 */
export function spansToFit(spans: readonly EntitySpan[], range: TextRange, max = MAX_SPANS_TO_FIT): EntitySpan[] {
  const change = (span: EntitySpan) => Math.abs(span.start - range.start) + Math.abs(span.end - range.end);
  return spans
    .filter((span) => span.start < range.end && range.start < span.end && (span.start !== range.start || span.end !== range.end))
    .sort((a, b) => change(a) - change(b) || a.start - b.start || a.end - b.end)
    .slice(0, max);
}
