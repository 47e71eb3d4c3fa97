import type { EntitySpan } from '../model/annotation.ts';
import { compareSpans } from './spanOrder.ts';

/**
 * How deeply each span is nested or overlapped: 0 for a span no earlier span
 * still covers at its start, 1 inside one such span, and so on. The view draws
 * depth 0 as a background and deeper spans as stacked underlines, so every
 * nested span stays visible. O(n log n + n·d) for nesting depth d.
 */
export function spanDepths(spans: readonly EntitySpan[]): Map<string, number> {
  const depths = new Map<string, number>();
  const open: { end: number; depth: number }[] = [];
  for (const span of [...spans].sort(compareSpans)) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.end <= span.start) open.splice(i, 1);
    const used = new Set(open.map((o) => o.depth));
    let depth = 0;
    while (used.has(depth)) depth++;
    depths.set(span.id, depth);
    open.push({ end: span.end, depth });
  }
  return depths;
}
