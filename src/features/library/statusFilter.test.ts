import { describe, expect, it } from 'vitest';
import { shownDocuments } from './statusFilter.ts';

describe('shownDocuments', () => {
  const search = { key: ['search', 'رباط'], ids: ['c', 'a', 'd'] };
  const filtered = { key: ['status', 'amal', 'todo'], ids: ['a', 'b', 'c'] };

  it('keeps the search’s matches that pass the filter, in the search’s order', () => {
    expect(shownDocuments(search, filtered)).toEqual({ key: ['status', 'amal', 'todo', 'search', 'رباط'], ids: ['c', 'a'] });
  });

  it('is either one alone when the other is off, and null when both are', () => {
    expect(shownDocuments(search, null)).toBe(search);
    expect(shownDocuments(null, filtered)).toBe(filtered);
    expect(shownDocuments(null, null)).toBeNull();
  });
});
