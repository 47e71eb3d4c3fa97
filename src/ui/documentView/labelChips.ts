import type { EntitySpan } from '../../core/model/annotation.ts';
import type { RenderedBlock } from './highlightPainter.ts';
import { safeColor } from './highlightStyles.ts';

export interface ChipLabel {
  text: string;
  color: string;
}

/**
 * Draws each span's label as a small tag in the gap above the line, at the span's
 * start edge (the right edge in RTL). Tags sit outside the line of text, so they
 * never push letters apart. Tags of spans starting at the same place line up side
 * by side. Built with textContent only: labels are never parsed as HTML.
 */
export function drawLabelChips(
  layer: HTMLElement,
  block: RenderedBlock,
  spans: readonly EntitySpan[],
  labels: ReadonlyMap<string, ChipLabel>,
  direction: 'rtl' | 'ltr',
): void {
  layer.replaceChildren();
  const node = block.textNode;
  if (!node) return;
  const origin = layer.getBoundingClientRect();
  const taken = new Map<string, number>();
  for (const span of spans) {
    if (span.start < block.start || span.start >= block.end) continue;
    const range = new Range();
    const at = span.start - block.start;
    range.setStart(node, at);
    range.setEnd(node, Math.min(at + 1, node.length));
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const label = labels.get(span.label);
    const chip = document.createElement('span');
    chip.className = 'label-chip';
    chip.textContent = label?.text ?? span.label;
    chip.style.setProperty('--chip-color', safeColor(label?.color ?? '#9aa0a6'));
    chip.dataset.spanId = span.id;
    const key = `${Math.round(rect.top)}:${Math.round(direction === 'rtl' ? rect.right : rect.left)}`;
    const shift = taken.get(key) ?? 0;
    chip.style.top = `${rect.top - origin.top}px`;
    if (direction === 'rtl') chip.style.right = `${origin.right - rect.right + shift}px`;
    else chip.style.left = `${rect.left - origin.left + shift}px`;
    layer.append(chip);
    taken.set(key, shift + chip.getBoundingClientRect().width + 2);
  }
}
