import { describe, expect, it } from 'vitest';
import { spansByBlock, withRoom } from './labelChips.ts';

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

describe('withRoom', () => {
  it('gives each tag the room up to the next on its line, so a long one ends before its neighbour', () => {
    const stack = (top: number, edge: number, text: string) => ({ top, edge, room: null, chips: [{ spanId: text, text, color: '#90caf9' }] });
    const stacks = withRoom([stack(10, 120, 'Media'), stack(10.2, 0, 'Population-Center'), stack(56, 0, 'Nation'), stack(10, 125, 'GPE'), stack(10, 400, 'Nation')]);
    expect(stacks.map((s) => [s.chips[0]!.text, s.room])).toEqual([
      ['Media', 16],
      ['Population-Center', 118],
      ['Nation', null],
      ['GPE', 273],
      ['Nation', null],
    ]);
  });
});
