import { describe, expect, it } from 'vitest';
import { charKappa } from './charUnits.ts';
import { cohenKappaFromMatrix } from './cohenKappa.ts';
import { confusionLabels, labelConfusion } from './labelConfusion.ts';

const span = (start: number, end: number, label: string) => ({ start, end, label });

describe('labelConfusion', () => {
  const documents = [
    { text: 'abc de', a: [span(0, 3, 'PER')], b: [span(0, 2, 'LOC')] },
    { text: '😀x', a: [span(2, 3, 'GPE')], b: [span(2, 3, 'GPE')] },
  ];

  it('counts units by A label (rows) and B label (columns), O first', () => {
    expect(labelConfusion(documents)).toEqual({
      labels: ['O', 'GPE', 'LOC', 'PER'],
      counts: [
        // de and the emoji: O/O 3.
        [3, 0, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 0, 0],
        // ab: PER/LOC 2; c: PER/O 1.
        [1, 0, 2, 0],
      ],
    });
  });

  it('its kappa is char_kappa', () => {
    expect(cohenKappaFromMatrix(labelConfusion(documents).counts).value).toBeCloseTo(charKappa(documents).value as number, 12);
  });

  it('takes fixed axes, and rejects a label not on them', () => {
    expect(labelConfusion([{ text: 'a', a: [], b: [] }], ['X', 'Y']).labels).toEqual(['O', 'X', 'Y']);
    expect(() => labelConfusion(documents, ['PER'])).toThrow(/not on the confusion matrix axis/);
  });

  it('an entity labelled O is the outside category', () => {
    expect(confusionLabels(['PER', 'O', 'GPE', 'PER'])).toEqual(['O', 'GPE', 'PER']);
    expect(labelConfusion([{ text: 'ab', a: [span(0, 1, 'O')], b: [] }]).counts).toEqual([[2]]);
  });
});
