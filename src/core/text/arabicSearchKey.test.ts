import { describe, expect, it } from 'vitest';
import { arabicSearchKey, matchesSearch } from './arabicSearchKey.ts';

describe('arabicSearchKey', () => {
  it('removes tashkeel', () => {
    expect(arabicSearchKey('مُحَمَّدٌ')).toBe('محمد');
    expect(arabicSearchKey('الرَّحْمٰنِ')).toBe('الرحمن');
  });

  it('removes tatweel', () => {
    expect(arabicSearchKey('الربـــاط')).toBe('الرباط');
  });

  it('folds alef, yeh, teh marbuta and waw-hamza variants', () => {
    expect(arabicSearchKey('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
    expect(arabicSearchKey('مستشفى رئيس')).toBe('مستشفي رييس');
    expect(arabicSearchKey('مدرسة')).toBe('مدرسه');
    expect(arabicSearchKey('مؤتمر')).toBe('موتمر');
  });

  it('folds alef followed by a combining madda or hamza like the precomposed letter', () => {
    expect(arabicSearchKey('ا\u0653مال')).toBe(arabicSearchKey('آمال'));
    expect(arabicSearchKey('ا\u0654حمد')).toBe('احمد');
  });

  it('folds presentation forms through NFKC', () => {
    expect(arabicSearchKey('ﺍﻟﺮﺑﺎﻁ')).toBe('الرباط');
    expect(arabicSearchKey('ﻻ')).toBe('لا');
  });

  it('removes bidi controls and zero-width characters', () => {
    expect(arabicSearchKey('\u202Bال\u200Cرباط\u202C\u2067x\u2069\uFEFF\u061C')).toBe('الرباطx');
  });

  it('lowercases Latin, folds Arabic-Indic digits and collapses whitespace', () => {
    expect(arabicSearchKey('  UMT\u00A0\u00A0نقابة\n\t٢٠١٣ ۱۲ ')).toBe('umt نقابه 2013 12');
  });

  it('folds Persian yeh and keheh', () => {
    expect(arabicSearchKey('کتابی')).toBe('كتابي');
  });
});

describe('matchesSearch', () => {
  const key = arabicSearchKey('احتضن مقر وزارة الشؤون الخارجية والتعاون بالعاصمة الرباط');

  it('finds a vocalised, stretched, variant spelling of the query', () => {
    expect(matchesSearch(key, 'الشُّـــؤون')).toBe(true);
    expect(matchesSearch(key, 'وزاره')).toBe(true);
  });

  it('does not find what is not there, and an empty query matches all', () => {
    expect(matchesSearch(key, 'طرابلس')).toBe(false);
    expect(matchesSearch(key, '  ')).toBe(true);
  });
});
