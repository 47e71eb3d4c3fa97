import type { AgreementNote } from '../../core/agreement/agreementNote.ts';
import { GOLD_ANNOTATOR } from '../../core/model/annotation.ts';
import { isolated } from '../../ui/i18n/isolated.ts';
import type { LocaleContextValue } from '../../ui/i18n/LocaleProvider.tsx';

type T = LocaleContextValue['t'];

const METRIC_KEYS = {
  char_kappa: 'review.note.metric.charKappa',
  stance_kappa: 'review.note.metric.stanceKappa',
  char_alpha: 'review.note.metric.charAlpha',
  stance_alpha: 'review.note.metric.stanceAlpha',
} as const;

/** An annotator's name as the figures show it, isolated so a Latin name keeps its place in an Arabic sentence. */
function annotatorText(t: T, name: string): string {
  return isolated(name === GOLD_ANNOTATOR ? t('review.gold') : name);
}

/** An agreement note in the interface's language. */
export function agreementNoteText(t: T, note: AgreementNote): string {
  switch (note.kind) {
    case 'too-few-annotators':
      return t('review.note.tooFewAnnotators');
    case 'no-common-documents':
      return t('review.note.noCommonDocuments', { a: annotatorText(t, note.a), b: annotatorText(t, note.b) });
    case 'pair-undefined': {
      const values = { metric: t(METRIC_KEYS[note.metric]), a: annotatorText(t, note.a), b: annotatorText(t, note.b) };
      if (note.reason === 'one-category') return t('review.note.oneCategory', values);
      return t(note.metric === 'char_kappa' ? 'review.note.noCharacters' : 'review.note.noSharedTarget', values);
    }
    case 'corpus-undefined':
      return t(note.reason === 'no-variation' ? 'review.note.noVariation' : 'review.note.noPairableUnits', { metric: t(METRIC_KEYS[note.metric]) });
  }
}
