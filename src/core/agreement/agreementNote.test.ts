import { describe, expect, it } from 'vitest';
import { formatAgreementNote } from './agreementNote.ts';

describe('formatAgreementNote', () => {
  it('says each note in English, naming the figure, the annotators and the reason', () => {
    expect(formatAgreementNote({ kind: 'too-few-annotators' })).toBe('fewer than two annotators: nothing to compare');
    expect(formatAgreementNote({ kind: 'no-common-documents', a: 'ali', b: 'sara' })).toBe('ali and sara annotated no document in common');
    expect(formatAgreementNote({ kind: 'pair-undefined', metric: 'stance_kappa', a: 'ali', b: 'sara', reason: 'no-items' })).toBe(
      'stance kappa of ali and sara: no target labelled by both',
    );
    expect(formatAgreementNote({ kind: 'pair-undefined', metric: 'char_kappa', a: 'ali', b: 'sara', reason: 'one-category' })).toBe(
      'char_kappa of ali and sara: both annotators used one and the same category for every item: chance agreement is 1',
    );
    expect(formatAgreementNote({ kind: 'corpus-undefined', metric: 'char_alpha', reason: 'no-variation' })).toBe(
      'char_alpha: every value is in one category: no variation to measure agreement on',
    );
    expect(formatAgreementNote({ kind: 'corpus-undefined', metric: 'stance_alpha', reason: 'no-pairable-units' })).toBe(
      'stance alpha: no unit was coded by two coders',
    );
  });
});
