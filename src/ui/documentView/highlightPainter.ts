import type { EntitySpan } from '../../core/model/annotation.ts';
import type { TextRange } from '../../core/annotate/textRange.ts';
import { highlightName } from './highlightStyles.ts';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** A rendered block: its element and where its text sits in the document. */
export interface RenderedBlock {
  start: number;
  end: number;
  textNode: Text | null;
}

export interface PaintInput {
  prefix: string;
  blocks: readonly RenderedBlock[];
  spans: readonly EntitySpan[];
  depths: ReadonlyMap<string, number>;
  labelIndex: ReadonlyMap<string, number>;
  caret: TextRange | null;
  pending: TextRange | null;
  focus: TextRange | null;
  /** Event triggers, drawn apart from entity spans. */
  triggers: readonly TextRange[];
  suggestions: readonly TextRange[];
  /** Both ends of the event argument under the pointer or focus. */
  emphasis: readonly TextRange[];
}

function rangesFor(blocks: readonly RenderedBlock[], start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (const block of blocks) {
    if (!block.textNode || block.end <= start || block.start >= end) continue;
    const range = new Range();
    range.setStart(block.textNode, Math.max(start, block.start) - block.start);
    range.setEnd(block.textNode, Math.min(end, block.end) - block.start);
    ranges.push(range);
  }
  return ranges;
}

/**
 * Registers the visible spans as CSS Custom Highlights (one Highlight per label and
 * depth). Only the rendered blocks are painted, so the cost follows the screen, not
 * the document. Returns the names it set, to clear on the next paint.
 */
export function paintHighlights(input: PaintInput, previous: ReadonlySet<string>): Set<string> {
  const groups = new Map<string, Range[]>();
  const add = (name: string, ranges: Range[]) => {
    if (ranges.length === 0) return;
    const list = groups.get(name);
    if (list) list.push(...ranges);
    else groups.set(name, ranges);
  };
  const first = input.blocks[0]?.start ?? 0;
  const last = input.blocks[input.blocks.length - 1]?.end ?? 0;
  for (const span of input.spans) {
    if (span.end <= first || span.start >= last) continue;
    const name = highlightName(input.prefix, input.labelIndex.get(span.label) ?? null, input.depths.get(span.id) ?? 0);
    add(name, rangesFor(input.blocks, span.start, span.end));
  }
  for (const trigger of input.triggers) add(`${input.prefix}-trigger`, rangesFor(input.blocks, trigger.start, trigger.end));
  for (const range of input.suggestions) add(`${input.prefix}-suggestion`, rangesFor(input.blocks, range.start, range.end));
  for (const range of input.emphasis) add(`${input.prefix}-emphasis`, rangesFor(input.blocks, range.start, range.end));
  if (input.caret) add(`${input.prefix}-caret`, rangesFor(input.blocks, input.caret.start, input.caret.end));
  if (input.pending) add(`${input.prefix}-pending`, rangesFor(input.blocks, input.pending.start, input.pending.end));
  if (input.focus) add(`${input.prefix}-focus`, rangesFor(input.blocks, input.focus.start, input.focus.end));

  for (const name of previous) if (!groups.has(name)) CSS.highlights.delete(name);
  for (const [name, ranges] of groups) {
    const highlight = new Highlight(...ranges);
    // Deeper spans and the caret paint over shallower ones.
    const depth = Number(/-d(\d)$/.exec(name)?.[1] ?? 5);
    highlight.priority = depth;
    CSS.highlights.set(name, highlight);
  }
  return new Set(groups.keys());
}

export function clearHighlights(names: ReadonlySet<string>): void {
  for (const name of names) CSS.highlights.delete(name);
}
