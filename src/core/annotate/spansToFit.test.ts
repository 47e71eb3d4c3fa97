import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../model/annotation.ts';
import { spansToFit } from './spansToFit.ts';

const span = (id: string, start: number, end: number, label = 'GPE'): EntitySpan => ({ id, start, end, label });

describe('spans a selection can fit', () => {
  it('offers the spans the selection overlaps, the least changed first', () => {
    const spans = [span('e1', 0, 5), span('e2', 10, 20), span('e3', 12, 16), span('e4', 30, 40)];
    expect(spansToFit(spans, { start: 11, end: 20 }).map((s) => s.id)).toEqual(['e2', 'e3']);
    expect(spansToFit(spans, { start: 3, end: 14 }).map((s) => s.id)).toEqual(['e3', 'e1', 'e2']);
  });

  it('leaves out spans that only touch the selection and spans already on its bounds', () => {
    const spans = [span('e1', 0, 5), span('e2', 5, 9), span('e3', 9, 12), span('e4', 5, 9, 'LOC')];
    expect(spansToFit(spans, { start: 5, end: 9 })).toEqual([]);
  });

  it('offers at most three', () => {
    const spans = [span('e1', 0, 10), span('e2', 1, 10), span('e3', 2, 10), span('e4', 3, 10)];
    expect(spansToFit(spans, { start: 0, end: 9 }).map((s) => s.id)).toEqual(['e1', 'e2', 'e3']);
  });
});
