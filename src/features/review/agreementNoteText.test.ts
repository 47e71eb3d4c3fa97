import { describe, expect, it } from 'vitest';
import type { AgreementNote } from '../../core/agreement/agreementNote.ts';
import { catalogues, formatMessage, messageFormats, type Locale } from '../../ui/i18n/locale.ts';
import { agreementNoteText } from './agreementNoteText.ts';

const tIn = (locale: Locale) => (key: keyof typeof catalogues.en, values?: Record<string, string | number>) =>
  formatMessage(catalogues[locale][key], values, messageFormats(locale));

const every: AgreementNote[] = [
  { kind: 'too-few-annotators' },
  { kind: 'no-common-documents', a: 'ali', b: 'gold' },
  { kind: 'pair-undefined', metric: 'char_kappa', a: 'ali', b: 'sara', reason: 'no-items' },
  { kind: 'pair-undefined', metric: 'stance_kappa', a: 'ali', b: 'sara', reason: 'no-items' },
  { kind: 'pair-undefined', metric: 'char_kappa', a: 'ali', b: 'sara', reason: 'one-category' },
  { kind: 'corpus-undefined', metric: 'char_alpha', reason: 'no-pairable-units' },
  { kind: 'corpus-undefined', metric: 'stance_alpha', reason: 'no-variation' },
];

describe('agreementNoteText', () => {
  it('says each note in English, naming the figure and isolating the annotators', () => {
    const t = tIn('en');
    expect(agreementNoteText(t, every[1]!)).toBe('\u2068ali\u2069 and \u2068gold (adjudicated)\u2069 annotated no document in common.');
    expect(agreementNoteText(t, every[3]!)).toBe('Stance κ of \u2068ali\u2069 and \u2068sara\u2069 is undefined: no target labelled by both.');
    expect(agreementNoteText(t, every[6]!)).toBe(
      'Stance α is undefined: every value is in one category, so there is no variation to measure agreement on.',
    );
  });

  it('says every note in Arabic, with no placeholder left and no English word but the names', () => {
    const t = tIn('ar');
    expect(agreementNoteText(t, every[0]!)).toBe('أقل من موسِّمَين: لا شيء للمقارنة.');
    expect(agreementNoteText(t, every[4]!)).toBe(
      'κ على الحروف بين \u2068ali\u2069 و\u2068sara\u2069 غير معرَّف: استعمل كلاهما الفئة نفسها لكل عنصر، فالاتفاق بالصدفة يساوي 1.',
    );
    for (const note of every) {
      const text = agreementNoteText(t, note);
      expect(text).not.toMatch(/[{}]/);
      expect(text.replace(/\u2068[^\u2069]*\u2069/g, '')).not.toMatch(/[A-Za-z]/);
    }
  });
});
