import { describe, expect, it } from 'vitest';
import { openStanceSuggestions, openSuggestions } from './suggestions.ts';

const s = (id: string, start: number, end: number, label = 'GPE') => ({ id, start, end, label });

describe('openSuggestions', () => {
  it('leaves out decided suggestions and those already in the annotator’s set', () => {
    const suggested = [s('e1', 0, 5), s('e2', 6, 10), s('e3', 11, 15), s('e4', 0, 5, 'LOC')];
    const own = [s('e9', 6, 10)];
    expect(openSuggestions(suggested, own, { '11:15:GPE': 'rejected' }).map((x) => x.id)).toEqual(['e1', 'e4']);
    expect(openSuggestions(suggested, [], undefined)).toHaveLength(4);
  });
});

describe('openStanceSuggestions', () => {
  it('leaves out decided stances and those the annotator has given already', () => {
    const stance = (id: string, target: string, label: string) => ({ id, target, targetEntity: null, label });
    const suggested = [stance('s1', 'الحكومة', 'favor'), stance('s2', 'الوزارة', 'against'), stance('s3', 'البرلمان', 'agree'), stance('s4', 'a:b', 'c')];
    const own = [stance('s1', 'الحكومة', 'favor'), stance('s2', 'الوزارة', 'favor')];
    const decisions = { 'stance:["البرلمان","agree"]': 'rejected' as const, 'stance:["a","b:c"]': 'rejected' as const };
    expect(openStanceSuggestions(suggested, own, decisions).map((x) => x.id)).toEqual(['s2', 's4']);
    expect(openStanceSuggestions(suggested, [], undefined)).toHaveLength(4);
  });
});
