import type { EntitySpan } from '../../src/core/model/annotation.ts';

/**
 * Reads what the app's document view (src/ui/documentView/DocumentView.tsx) has on
 * screen, from outside: its rendered blocks (`p[data-start]`, one text node each) and
 * the CSS Custom Highlights it registered for entity spans (named `<prefix>-l<label>-d<depth>`,
 * or `-unknown-d<depth>`, see highlightStyles.ts). Checks here run between the app's
 * tasks while a metric waits, so they stay cheap.
 */

const SPAN_HIGHLIGHT = /-(?:l\d+|unknown)-d\d+$/;

export interface RenderedBlock {
  start: number;
  end: number;
  node: Text;
}

export function documentView(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('[data-testid="document-view"]');
}

/** The view's rendered blocks that hold text, in document order. */
export function renderedBlocks(view: HTMLElement): RenderedBlock[] {
  const blocks: RenderedBlock[] = [];
  for (const element of view.querySelectorAll<HTMLElement>('p[data-start]')) {
    const node = element.firstChild;
    if (node instanceof Text) blocks.push({ start: Number(element.dataset.start), end: Number(element.dataset.end), node });
  }
  return blocks.sort((a, b) => a.start - b.start);
}

/** The registered entity-span highlights (not caret, focus, pending, triggers...). */
export function spanHighlights(): Highlight[] {
  const found: Highlight[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (SPAN_HIGHLIGHT.test(name)) found.push(highlight);
  });
  return found;
}

/** How many ranges painting `spans` over these blocks takes: one per span and block it touches. */
export function expectedSpanRanges(blocks: readonly RenderedBlock[], spans: readonly EntitySpan[]): number {
  let count = 0;
  for (const block of blocks) {
    for (const span of spans) if (span.start < block.end && span.end > block.start) count++;
  }
  return count;
}

/**
 * True once every span touching a rendered block has its range registered, and every
 * registered span range lies in a rendered block's (live) text node: the highlights of
 * the visible document are ready for the next frame to paint.
 */
export function spansRegistered(view: HTMLElement, spans: readonly EntitySpan[]): boolean {
  const highlights = spanHighlights();
  if (highlights.length === 0) return false;
  const blocks = renderedBlocks(view);
  if (blocks.length === 0) return false;
  let registered = 0;
  for (const highlight of highlights) registered += highlight.size;
  const expected = expectedSpanRanges(blocks, spans);
  if (expected === 0 || registered !== expected) return false;
  const nodes = new Set(blocks.map((block) => block.node));
  for (const highlight of highlights) {
    for (const range of highlight) if (!nodes.has((range as Range).startContainer as Text)) return false;
  }
  return true;
}

/** True when a span highlight has a range over exactly [start, end) of the text. */
export function hasSpanRange(view: HTMLElement, start: number, end: number): boolean {
  const blocks = renderedBlocks(view);
  const block = blocks.find((b) => b.start <= start && end <= b.end);
  if (!block) return false;
  for (const highlight of spanHighlights()) {
    for (const item of highlight) {
      const range = item as Range;
      if (range.startContainer === block.node && range.startOffset === start - block.start && range.endOffset === end - block.start) return true;
    }
  }
  return false;
}

/** How many span ranges lie at least partly inside the view's visible box (a sanity check, outside timing). */
export function visibleSpanRanges(view: HTMLElement): number {
  const box = view.getBoundingClientRect();
  let visible = 0;
  for (const highlight of spanHighlights()) {
    for (const item of highlight) {
      const rect = (item as Range).getBoundingClientRect();
      if (rect.bottom > box.top && rect.top < box.bottom && rect.right > box.left && rect.left < box.right) visible++;
    }
  }
  return visible;
}
