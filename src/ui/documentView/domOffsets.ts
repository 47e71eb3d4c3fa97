/**
 * Maps a DOM position inside the document view to a text offset. Each block element
 * carries data-start and holds the block's text as one text node, so a position in a
 * text node is the block start plus the node offset.
 */
export function domPointToOffset(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const block = element?.closest<HTMLElement>('[data-start]');
  if (block && container.contains(block)) {
    const start = Number(block.dataset.start);
    if (node.nodeType === Node.TEXT_NODE) return start + offset;
    return offset === 0 ? start : Number(block.dataset.end);
  }
  // A position between blocks: take the block after it, or the last one.
  const child = node.childNodes[offset] as HTMLElement | undefined;
  const next = child?.querySelector?.('[data-start]') ?? (child?.matches?.('[data-start]') ? child : null);
  if (next instanceof HTMLElement) return Number(next.dataset.start);
  return null;
}

/** The text offset under a point, through the standard or the WebKit caret API. */
export function offsetAtPoint(container: HTMLElement, x: number, y: number): number | null {
  const doc = container.ownerDocument as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? domPointToOffset(container, position.offsetNode, position.offset) : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? domPointToOffset(container, range.startContainer, range.startOffset) : null;
}
