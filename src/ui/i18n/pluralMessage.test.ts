import { describe, expect, it } from 'vitest';
import { pluralForm, type PluralMessage } from './pluralMessage.ts';

const documentsAr: PluralMessage = {
  zero: 'لا وثائق',
  one: 'وثيقة واحدة',
  two: 'وثيقتان',
  few: '{n} وثائق',
  many: '{n} وثيقة (many)',
  other: '{n} وثيقة',
};

describe('pluralForm', () => {
  it('takes the Arabic form of each CLDR category from Intl.PluralRules', () => {
    const rules = new Intl.PluralRules('ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map((n) => pluralForm(documentsAr, n, rules))).toEqual([
      'لا وثائق',
      'وثيقة واحدة',
      'وثيقتان',
      '{n} وثائق',
      '{n} وثائق',
      '{n} وثيقة (many)',
      '{n} وثيقة (many)',
      '{n} وثيقة',
      '{n} وثيقة',
      '{n} وثائق',
      '{n} وثيقة (many)',
    ]);
  });

  it('takes one or other in English, and other for a category the message lacks', () => {
    const files: PluralMessage = { one: '{n} file', other: '{n} files' };
    const rules = new Intl.PluralRules('en');
    expect([0, 1, 2].map((n) => pluralForm(files, n, rules))).toEqual(['{n} files', '{n} file', '{n} files']);
    expect(pluralForm({ other: '{n} ملف' }, 2, new Intl.PluralRules('ar'))).toBe('{n} ملف');
  });
});
