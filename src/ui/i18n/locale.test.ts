import { describe, expect, it } from 'vitest';
import { catalogues, formatMessage, messageFormats, type Locale } from './locale.ts';
import { messageForms } from './pluralMessage.ts';

const keys = Object.keys(catalogues.en) as (keyof typeof catalogues.en)[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('gives Arabic a non-empty string for every English key', () => {
    for (const key of keys) {
      for (const form of messageForms(catalogues.ar[key])) expect(form, key).toBeTruthy();
    }
  });

  it('keeps the same placeholders in both languages; a plural form may say its count in words instead of {n}', () => {
    for (const key of keys) {
      const withoutCount = (s: string) => placeholders(s).filter((name) => name !== 'n');
      const english = catalogues.en[key];
      const expected = withoutCount(typeof english === 'string' ? english : english.other);
      for (const form of [...messageForms(english), ...messageForms(catalogues.ar[key])]) expect(withoutCount(form), key).toEqual(expected);
      const other = (message: (typeof catalogues.en)[typeof key]) => (typeof message === 'string' ? message : message.other);
      expect(placeholders(other(catalogues.ar[key])).includes('n'), key).toBe(placeholders(other(english)).includes('n'));
    }
  });

  it('gives every plural message each plural category of its language', () => {
    for (const locale of ['en', 'ar'] as Locale[]) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of keys) {
        const message = catalogues[locale][key];
        if (typeof message !== 'string') expect(Object.keys(message).sort(), `${locale} ${key}`).toEqual([...categories].sort());
      }
    }
  });

  it('formats numbers for the locale', () => {
    const plural = new Intl.PluralRules('en');
    expect(formatMessage('{n} documents', { n: 12345 }, { number: new Intl.NumberFormat('en'), plural })).toBe('12,345 documents');
    expect(formatMessage('{n}', { n: 3 }, { number: new Intl.NumberFormat('ar-EG'), plural })).toBe('٣');
  });

  it('counts files in the import dialog in both languages', () => {
    const chosen = (locale: Locale, n: number) => formatMessage(catalogues[locale]['import.chosen'], { n, size: '2 MB' }, messageFormats(locale));
    expect([1, 2].map((n) => chosen('en', n))).toEqual(['1 file, 2 MB', '2 files, 2 MB']);
    expect([1, 2, 3, 11, 100].map((n) => chosen('ar', n))).toEqual(['ملف واحد، 2 MB', 'ملفان، 2 MB', '3 ملفات، 2 MB', '11 ملفًا، 2 MB', '100 ملف، 2 MB']);
  });
});
