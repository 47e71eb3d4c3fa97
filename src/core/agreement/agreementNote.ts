import type { KappaUndefined } from './cohenKappa.ts';
import type { AlphaUndefined } from './krippendorffAlpha.ts';

/**
 * Something the reader of an agreement report should know: a figure that is
 * null, and why. Data rather than a sentence, so the interface can say it in
 * its own language; formatAgreementNote says it in English for the command line.
 */
export type AgreementNote =
  | { kind: 'too-few-annotators' }
  | { kind: 'no-common-documents'; a: string; b: string }
  | { kind: 'pair-undefined'; metric: 'char_kappa' | 'stance_kappa'; a: string; b: string; reason: KappaUndefined }
  | { kind: 'corpus-undefined'; metric: 'char_alpha' | 'stance_alpha'; reason: AlphaUndefined };

const ONE_CATEGORY = 'both annotators used one and the same category for every item: chance agreement is 1';

const KAPPA_REASONS: Record<'char_kappa' | 'stance_kappa', Record<KappaUndefined, string>> = {
  char_kappa: { 'no-items': 'no character to compare', 'one-category': ONE_CATEGORY },
  stance_kappa: { 'no-items': 'no target labelled by both', 'one-category': ONE_CATEGORY },
};

const ALPHA_REASONS: Record<AlphaUndefined, string> = {
  'no-pairable-units': 'no unit was coded by two coders',
  'no-variation': 'every value is in one category: no variation to measure agreement on',
};

export function formatAgreementNote(note: AgreementNote): string {
  switch (note.kind) {
    case 'too-few-annotators':
      return 'fewer than two annotators: nothing to compare';
    case 'no-common-documents':
      return `${note.a} and ${note.b} annotated no document in common`;
    case 'pair-undefined':
      return `${note.metric === 'char_kappa' ? 'char_kappa' : 'stance kappa'} of ${note.a} and ${note.b}: ${KAPPA_REASONS[note.metric][note.reason]}`;
    case 'corpus-undefined':
      return `${note.metric === 'char_alpha' ? 'char_alpha' : 'stance alpha'}: ${ALPHA_REASONS[note.reason]}`;
  }
}
