/** The visible blocks of a virtualised list, as @tanstack/virtual-core gives them to a range extractor. */
export interface VisibleRange {
  startIndex: number;
  endIndex: number;
  count: number;
}

/**
 * The indexes to render: the visible ones and, on each side, as many more as it takes to
 * cover `pixels` beyond them. A count of blocks would buffer four headlines or four long
 * paragraphs alike; every rendered block with spans is repainted on each edit (the browser
 * rebuilds all custom-highlight markers when any highlight changes), so the buffer is
 * what smooth scrolling needs and no more.
 */
export function pixelOverscan(range: VisibleRange, sizeOf: (index: number) => number, pixels: number): number[] {
  let start = range.startIndex;
  for (let covered = 0; start > 0 && covered < pixels; ) covered += sizeOf(--start);
  let end = range.endIndex;
  for (let covered = 0; end < range.count - 1 && covered < pixels; ) covered += sizeOf(++end);
  const indexes: number[] = [];
  for (let i = start; i <= end; i++) indexes.push(i);
  return indexes;
}
