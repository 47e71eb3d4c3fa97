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
  /** Matches of find in the document, in text order (there may be thousands). */
  found: readonly TextRange[];
}

/** Where one highlight range goes: a rendered text node and offsets in it. */
interface RangeSpot {
  node: Text;
  start: number;
  end: number;
}

function spotsFor(blocks: readonly RenderedBlock[], start: number, end: number): RangeSpot[] {
  const spots: RangeSpot[] = [];
  for (const block of blocks) {
    if (!block.textNode || block.end <= start || block.start >= end) continue;
    spots.push({ node: block.textNode, start: Math.max(start, block.start) - block.start, end: Math.min(end, block.end) - block.start });
  }
  return spots;
}

/** What each registered highlight holds, to leave alone those an update does not change. */
export type PaintedHighlights = ReadonlyMap<string, string>;

// A text node whose text is replaced gets a new id: the live ranges in it have moved.
const nodeIds = new WeakMap<Text, { id: number; data: string }>();
let nextNodeId = 0;

function nodeId(node: Text): number {
  const known = nodeIds.get(node);
  if (known && known.data === node.data) return known.id;
  const id = nextNodeId++;
  nodeIds.set(node, { id, data: node.data });
  return id;
}

function signature(spots: readonly RangeSpot[]): string {
  return spots.map((spot) => `${nodeId(spot.node)}:${spot.start}-${spot.end}`).join(' ');
}

/**
 * Registers the visible spans as CSS Custom Highlights (one Highlight per label and
 * depth). Only the rendered blocks are painted, so the cost follows the screen, not
 * the document; a highlight whose ranges are as before is left registered as it is, so
 * an edit re-registers (and the browser repaints) only what it changed. Returns what is
 * registered, to give to the next paint.
 */
export function paintHighlights(input: PaintInput, previous: PaintedHighlights): Map<string, string> {
  const groups = new Map<string, RangeSpot[]>();
  const add = (name: string, spots: RangeSpot[]) => {
    if (spots.length === 0) return;
    const list = groups.get(name);
    if (list) list.push(...spots);
    else groups.set(name, spots);
  };
  const first = input.blocks[0]?.start ?? 0;
  const last = input.blocks[input.blocks.length - 1]?.end ?? 0;
  for (const span of input.spans) {
    if (span.end <= first || span.start >= last) continue;
    const name = highlightName(input.prefix, input.labelIndex.get(span.label) ?? null, input.depths.get(span.id) ?? 0);
    add(name, spotsFor(input.blocks, span.start, span.end));
  }
  for (const trigger of input.triggers) add(`${input.prefix}-trigger`, spotsFor(input.blocks, trigger.start, trigger.end));
  for (const range of input.suggestions) add(`${input.prefix}-suggestion`, spotsFor(input.blocks, range.start, range.end));
  for (const range of input.emphasis) add(`${input.prefix}-emphasis`, spotsFor(input.blocks, range.start, range.end));
  for (let i = firstEndingAfter(input.found, first); i < input.found.length; i++) {
    const range = input.found[i] as TextRange;
    if (range.start >= last) break;
    add(`${input.prefix}-found`, spotsFor(input.blocks, range.start, range.end));
  }
  if (input.caret) add(`${input.prefix}-caret`, spotsFor(input.blocks, input.caret.start, input.caret.end));
  if (input.pending) add(`${input.prefix}-pending`, spotsFor(input.blocks, input.pending.start, input.pending.end));
  if (input.focus) add(`${input.prefix}-focus`, spotsFor(input.blocks, input.focus.start, input.focus.end));

  for (const name of previous.keys()) if (!groups.has(name)) CSS.highlights.delete(name);
  const painted = new Map<string, string>();
  for (const [name, spots] of groups) {
    const held = signature(spots);
    painted.set(name, held);
    if (previous.get(name) === held && CSS.highlights.has(name)) continue;
    const highlight = new Highlight(
      ...spots.map((spot) => {
        const range = new Range();
        range.setStart(spot.node, spot.start);
        range.setEnd(spot.node, spot.end);
        return range;
      }),
    );
    // Deeper spans and the caret paint over shallower ones.
    const depth = Number(/-d(\d)$/.exec(name)?.[1] ?? 5);
    highlight.priority = depth;
    CSS.highlights.set(name, highlight);
  }
  return painted;
}

/** The first of ranges in text order (not overlapping) that ends after `offset`: a binary search. */
function firstEndingAfter(ranges: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ranges[middle] as TextRange).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function clearHighlights(painted: PaintedHighlights): void {
  for (const name of painted.keys()) CSS.highlights.delete(name);
}
