import { describe, expect, it } from 'vitest';
import { spanDepths } from './spanDepths.ts';

const span = (id: string, start: number, end: number) => ({ id, start, end, label: 'X' });

describe('spanDepths', () => {
  it('gives separate spans depth 0 and nested ones increasing depths', () => {
    const depths = spanDepths([span('outer', 0, 20), span('mid', 2, 10), span('inner', 3, 5), span('after', 25, 30)]);
    expect(Object.fromEntries(depths)).toEqual({ outer: 0, mid: 1, inner: 2, after: 0 });
  });

  it('reuses a depth once the span holding it has ended', () => {
    const depths = spanDepths([span('outer', 0, 20), span('a', 1, 4), span('b', 6, 9)]);
    expect(depths.get('a')).toBe(1);
    expect(depths.get('b')).toBe(1);
  });

  it('puts overlapping spans at different depths', () => {
    const depths = spanDepths([span('a', 0, 10), span('b', 5, 15)]);
    expect([depths.get('a'), depths.get('b')]).toEqual([0, 1]);
  });

  it('gives the same depths whatever the order of the list', () => {
    const spans = [span('outer', 0, 20), span('mid', 2, 10), span('inner', 3, 5), span('tail', 8, 30), span('after', 25, 30)];
    const shuffled = [spans[3]!, spans[0]!, spans[4]!, spans[2]!, spans[1]!];
    expect(Object.fromEntries(spanDepths(shuffled))).toEqual(Object.fromEntries(spanDepths(spans)));
    expect(Object.fromEntries(spanDepths(spans))).toEqual({ outer: 0, mid: 1, inner: 2, tail: 2, after: 0 });
  });

  it('gives only the spans overlapping a range, with the depths they have in the whole list', () => {
    const spans = [span('outer', 0, 20), span('mid', 2, 10), span('inner', 3, 5), span('tail', 8, 30), span('after', 25, 30)];
    expect(Object.fromEntries(spanDepths(spans, { start: 6, end: 9 }))).toEqual({ outer: 0, mid: 1, tail: 2 });
  });
});
