import { describe, expect, it } from 'vitest';
import { chosenAnnotators } from './reviewedAnnotators.ts';

const all = [
  { name: 'amal', documents: 3 },
  { name: 'gold', documents: 1 },
  { name: 'omar', documents: 2 },
  { name: '~suggestions', documents: 5 },
];

describe('chosenAnnotators', () => {
  it('defaults to everyone but gold and the suggestions', () => {
    expect(chosenAnnotators(all, null)).toEqual(['amal', 'omar']);
  });

  it('keeps the remembered choice, in project order, without names that left', () => {
    expect(chosenAnnotators(all, ['omar', 'gold', 'zaid'])).toEqual(['gold', 'omar']);
  });
});
