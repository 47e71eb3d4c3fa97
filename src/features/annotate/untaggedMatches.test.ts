import { describe, expect, it } from 'vitest';
import { MAX_TAG_ALL, untaggedMatches } from './untaggedMatches.ts';

describe('untaggedMatches', () => {
  it('leaves out the matches already tagged with the label, not those tagged otherwise', () => {
    const matches = [{ start: 0, end: 6 }, { start: 10, end: 16 }, { start: 20, end: 26 }];
    const spans = [
      { id: 'e1', start: 0, end: 6, label: 'GPE' },
      { id: 'e2', start: 10, end: 16, label: 'LOC' },
      { id: 'e3', start: 20, end: 27, label: 'GPE' },
    ];
    expect(untaggedMatches(matches, spans, 'GPE')).toEqual({ ok: true, matches: [{ start: 10, end: 16 }, { start: 20, end: 26 }] });
    expect(untaggedMatches(matches, spans, 'LOC')).toEqual({ ok: true, matches: [{ start: 0, end: 6 }, { start: 20, end: 26 }] });
  });

  it('refuses more than MAX_TAG_ALL at once, saying how many', () => {
    const many = Array.from({ length: MAX_TAG_ALL + 1 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1 }));
    expect(untaggedMatches(many, [], 'GPE')).toEqual({ ok: false, count: MAX_TAG_ALL + 1 });
    expect(untaggedMatches(many.slice(1), [], 'GPE')).toMatchObject({ ok: true });
  });
});
