import type { EntitySpan } from '../../core/model/annotation.ts';
import { partitionPoint } from '../../core/offsets/partitionPoint.ts';
import type { RenderedBlock } from './highlightPainter.ts';
import { safeColor } from './highlightStyles.ts';

export interface ChipLabel {
  text: string;
  color: string;
}

interface ChipStack {
  top: number;
  edge: number;
  chips: { spanId: string; text: string; color: string }[];
}

export interface ChipPlan {
  layer: HTMLElement;
  stacks: ChipStack[];
}

interface DrawnState {
  spans: readonly EntitySpan[];
  labels: ReadonlyMap<string, ChipLabel>;
  start: number;
  end: number;
  width: number;
  height: number;
  fonts: number;
}

const drawn = new WeakMap<HTMLElement, DrawnState>();

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function unchanged(last: DrawnState, next: DrawnState): boolean {
  return (
    sameItems(last.spans, next.spans) &&
    last.labels === next.labels &&
    last.start === next.start &&
    last.end === next.end &&
    last.width === next.width &&
    last.height === next.height &&
    last.fonts === next.fonts
  );
}

/** The spans whose tags go in each block (blocks in document order): those starting in it, in list order. */
export function spansByBlock(blocks: readonly RenderedBlock[], spans: readonly EntitySpan[]): EntitySpan[][] {
  const byBlock = blocks.map((): EntitySpan[] => []);
  const first = blocks[0]?.start ?? 0;
  const last = blocks[blocks.length - 1]?.end ?? 0;
  for (const span of spans) {
    if (span.start < first || span.start >= last) continue;
    const index = partitionPoint(blocks, (block) => block.end <= span.start);
    if (blocks[index] && blocks[index].start <= span.start) byBlock[index]!.push(span);
  }
  return byBlock;
}

/**
 * Reads only: where each span's tag goes. `spans` are the block's own (spansByBlock),
 * so an edit elsewhere in the document leaves this block's tags alone. Null when the
 * layer already shows these spans at this width.
 */
export function planLabelChips(
  layer: HTMLElement,
  block: RenderedBlock,
  spans: readonly EntitySpan[],
  labels: ReadonlyMap<string, ChipLabel>,
  direction: 'rtl' | 'ltr',
  /** Bumped when web fonts finish loading: the same text then lays out differently. */
  fonts: number,
): ChipPlan | null {
  const node = block.textNode;
  const origin = layer.getBoundingClientRect();
  const last = drawn.get(layer);
  const state = { spans, labels, start: block.start, end: block.end, width: origin.width, height: origin.height, fonts };
  if (last && unchanged(last, state)) return null;
  drawn.set(layer, state);
  const stacks = new Map<string, ChipStack>();
  if (node) {
    for (const span of spans) {
      if (span.start < block.start || span.start >= block.end) continue;
      const range = new Range();
      const at = span.start - block.start;
      range.setStart(node, at);
      range.setEnd(node, Math.min(at + 1, node.length));
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const label = labels.get(span.label);
      const top = rect.top - origin.top;
      const edge = direction === 'rtl' ? origin.right - rect.right : rect.left - origin.left;
      const key = `${Math.round(top)}:${Math.round(edge)}`;
      let stack = stacks.get(key);
      if (!stack) stacks.set(key, (stack = { top, edge, chips: [] }));
      stack.chips.push({ spanId: span.id, text: label?.text ?? span.label, color: safeColor(label?.color ?? '#9aa0a6') });
    }
  }
  return { layer, stacks: [...stacks.values()] };
}

// What each drawn stack shows, so a redraw keeps the stacks that stay as they are.
const stackKeys = new WeakMap<Element, string>();

function stackKey(stack: ChipStack, direction: 'rtl' | 'ltr'): string {
  return [direction, stack.top, stack.edge, ...stack.chips.map((chip) => `${chip.spanId} ${chip.text} ${chip.color}`)].join('|');
}

function stackElement(stack: ChipStack, direction: 'rtl' | 'ltr'): HTMLElement {
  const element = document.createElement('span');
  element.className = 'label-chip-stack';
  element.style.top = `${stack.top}px`;
  if (direction === 'rtl') element.style.right = `${stack.edge}px`;
  else element.style.left = `${stack.edge}px`;
  for (const chip of stack.chips) {
    const tag = document.createElement('span');
    tag.className = 'label-chip';
    tag.textContent = chip.text;
    tag.style.setProperty('--chip-color', chip.color);
    tag.dataset.spanId = chip.spanId;
    element.append(tag);
  }
  return element;
}

/**
 * Writes only: tags of spans starting at the same place sit side by side in one flex
 * stack. Stacks already drawn as planned stay in the DOM (a new span adds its stack and
 * leaves the others' style and layout alone); the rest are removed or added.
 */
export function applyLabelChips({ layer, stacks }: ChipPlan, direction: 'rtl' | 'ltr'): void {
  const wanted = new Map(stacks.map((stack) => [stackKey(stack, direction), stack]));
  for (const element of [...layer.children]) {
    const key = stackKeys.get(element);
    if (key !== undefined && wanted.delete(key)) continue;
    element.remove();
  }
  const added = [...wanted].map(([key, stack]) => {
    const element = stackElement(stack, direction);
    stackKeys.set(element, key);
    return element;
  });
  layer.append(...added);
}
