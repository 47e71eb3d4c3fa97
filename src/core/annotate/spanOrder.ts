import type { EntitySpan } from '../model/annotation.ts';

/**
 * Document order of spans: by start, then the longer (enclosing) span first,
 * then by label and id so that the order never depends on the array's order.
 */
export function compareSpans(a: EntitySpan, b: EntitySpan): number {
  return a.start - b.start || b.end - a.end || compareText(a.label, b.label) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
