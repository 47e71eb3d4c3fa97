import { describe, expect, it } from 'vitest';
import { spansByBlock } from './labelChips.ts';

const span = (id: string, start: number, end: number) => ({ id, start, end, label: 'X' });
const block = (start: number, end: number) => ({ start, end, textNode: null });

describe('spansByBlock', () => {
  it('gives each block the spans starting in it, in list order, and none from outside the blocks', () => {
    const blocks = [block(10, 20), block(21, 40), block(41, 50)];
    const spans = [span('before', 0, 12), span('a', 10, 12), span('long', 15, 45), span('b', 21, 23), span('c', 30, 31), span('gap', 40, 41), span('d', 49, 50), span('after', 50, 55)];
    expect(spansByBlock(blocks, spans).map((list) => list.map((s) => s.id))).toEqual([['a', 'long'], ['b', 'c'], ['d']]);
  });

  it('gives nothing when no block is rendered', () => {
    expect(spansByBlock([], [span('a', 0, 3)])).toEqual([]);
  });
});
