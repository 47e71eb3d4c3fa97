import { describe, expect, it } from 'vitest';
import { openSuggestions } from './suggestions.ts';

const s = (id: string, start: number, end: number, label = 'GPE') => ({ id, start, end, label });

describe('openSuggestions', () => {
  it('leaves out decided suggestions and those already in the annotator’s set', () => {
    const suggested = [s('e1', 0, 5), s('e2', 6, 10), s('e3', 11, 15), s('e4', 0, 5, 'LOC')];
    const own = [s('e9', 6, 10)];
    expect(openSuggestions(suggested, own, { '11:15:GPE': 'rejected' }).map((x) => x.id)).toEqual(['e1', 'e4']);
    expect(openSuggestions(suggested, [], undefined)).toHaveLength(4);
  });
});
