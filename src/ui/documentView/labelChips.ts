import type { EntitySpan } from '../../core/model/annotation.ts';
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

const drawn = new WeakMap<HTMLElement, { spans: readonly EntitySpan[]; labels: ReadonlyMap<string, ChipLabel>; start: number; end: number; width: number; height: number; fonts: number }>();

/** Reads only: where each span's tag goes. Null when the layer already shows these spans at this width. */
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
  if (last && (Object.keys(state) as (keyof typeof state)[]).every((key) => last[key] === state[key])) return null;
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

/** Writes only: tags of spans starting at the same place sit side by side in one flex stack. */
export function applyLabelChips({ layer, stacks }: ChipPlan, direction: 'rtl' | 'ltr'): void {
  const elements = stacks.map((stack) => {
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
  });
  layer.replaceChildren(...elements);
}
