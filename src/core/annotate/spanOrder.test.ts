import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../model/annotation.ts';
import { compareSpans } from './spanOrder.ts';

const span = (id: string, start: number, end: number, label = 'LOC'): EntitySpan => ({ id, start, end, label });

describe('compareSpans', () => {
  it('orders by start, enclosing spans before the spans they contain', () => {
    const spans = [span('e3', 10, 12), span('e2', 0, 4), span('e1', 0, 12), span('e4', 4, 8)];
    expect([...spans].sort(compareSpans).map((s) => s.id)).toEqual(['e1', 'e2', 'e4', 'e3']);
  });

  it('breaks ties by label then id', () => {
    const spans = [span('e2', 0, 4, 'ORG'), span('e9', 0, 4, 'GPE'), span('e1', 0, 4, 'ORG')];
    expect([...spans].sort(compareSpans).map((s) => s.id)).toEqual(['e9', 'e1', 'e2']);
  });
});
