import { describe, expect, it } from 'vitest';
import { fieldProblems } from './fieldProblems.ts';

describe('fieldProblems', () => {
  it('picks one item’s problems by field, first problem first', () => {
    const problems = [
      { kind: 'duplicate-tag', path: 'entities[3].tag', values: { tag: 'GPE' }, message: '' },
      { kind: 'empty-name', path: 'entities[3].name.ar', values: {}, message: '' },
      { kind: 'unsafe-tag', path: 'entities[3].tag', values: { tag: 'G P E' }, message: '' },
      { kind: 'empty-name', path: 'entities[30].name.ar', values: {}, message: '' },
    ] as const;
    expect(fieldProblems(problems, 'entities[3]')).toEqual({ tag: 'duplicate-tag', 'name.ar': 'empty-name' });
  });
});
