import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInText, searchableText, searchQueryKey } from './findInText.ts';

const find = (text: string, query: string) => findInText(searchableText(text), query).map(({ start, end }) => text.slice(start, end));

describe('findInText', () => {
  it('finds a word inside others, as written, in reading order', () => {
    const text = 'احتضن مقر الوزارة بالعاصمة الرباط أشغال مؤتمر «إعلان الرباط».';
    expect(find(text, 'الرباط')).toEqual(['الرباط', 'الرباط']);
    expect(find(text, 'العاصمة')).toEqual(['العاصمة']);
    expect(findInText(searchableText(text), 'العاصمة')).toEqual([{ start: text.indexOf('العاصمة'), end: text.indexOf('العاصمة') + 7 }]);
  });

  it('ignores tashkeel and tatweel on either side, and a match keeps the marks of its last letter', () => {
    expect(find('وصلَ إلى الرِّباطُ أمس', 'الرباط')).toEqual(['الرِّباطُ']);
    expect(find('في الربـــاط', 'الرِّباط')).toEqual(['الربـــاط']);
  });

  it('folds hamza forms, alef maqsura, taa marbuta and Persian letters', () => {
    expect(find('أحمد وإبراهيم وآمال', 'احمد')).toEqual(['أحمد']);
    expect(find('أحمد وإبراهيم وآمال', 'امال')).toEqual(['آمال']);
    expect(find('المؤتمر في مدرسة المستشفى', 'موتمر')).toEqual(['مؤتمر']);
    expect(find('المؤتمر في مدرسة المستشفى', 'مدرسه')).toEqual(['مدرسة']);
    expect(find('المؤتمر في مدرسة المستشفى', 'المستشفي')).toEqual(['المستشفى']);
    expect(find('رئيس', 'رييس')).toEqual(['رئيس']);
    expect(find('کتاب', 'كتاب')).toEqual(['کتاب']);
  });

  it('reads Arabic-Indic digits as ASCII, presentation forms as letters, Latin without case or accents', () => {
    expect(find('يوم ١١ - ٠٣ - ٢٠١٣', '2013')).toEqual(['٢٠١٣']);
    expect(find('ﺍﻟﺮﺑﺎﻁ', 'الرباط')).toEqual(['ﺍﻟﺮﺑﺎﻁ']);
    expect(find('نقابة UMT و Café', 'umt')).toEqual(['UMT']);
    expect(find('Café', 'cafe')).toEqual(['Café']);
    expect(find('Cafe\u0301', 'café')).toEqual(['Cafe\u0301']);
  });

  it('matches any run of whitespace, line breaks included, with one space; bidi and zero-width controls are passed over', () => {
    expect(find('الشؤون\r\n  الخارجية', 'الشؤون الخارجية')).toEqual(['الشؤون\r\n  الخارجية']);
    expect(find('الشؤون الخارجية', '  الشؤون   الخارجية ')).toEqual(['الشؤون الخارجية']);
    expect(find('ال\u200Fرباط و\u2067UMT\u2069', 'الرباط')).toEqual(['ال\u200Fرباط']);
    expect(find('\u2067UMT\u2069', 'umt')).toEqual(['UMT']);
  });

  it('gives UTF-16 offsets after emoji and other astral characters', () => {
    const text = '😀👍🏽 الرباط 𝐀 الرباط';
    const found = findInText(searchableText(text), 'الرباط');
    expect(found.map(({ start }) => start)).toEqual([text.indexOf('الرباط'), text.lastIndexOf('الرباط')]);
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual(['الرباط', 'الرباط']);
  });

  it('finds nothing for an empty query or one of marks only; matches do not overlap', () => {
    expect(find('الرباط', '')).toEqual([]);
    expect(find('الرباط', '  \u064E ')).toEqual([]);
    expect(find('ااااا', 'اا')).toEqual(['اا', 'اا']);
  });

  it('every match reads as the query once both are folded (property)', () => {
    const alphabet = fc.constantFrom('ا', 'أ', 'ب', 'ة', 'ه', ' ', '\n', '\u064E', '\u0640', '😀', 'A', 'a', '\u200F');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join('')), (text, query) => {
        const needle = searchQueryKey(query);
        for (const { start, end } of findInText(searchableText(text), query)) {
          expect(start).toBeLessThan(end);
          expect(searchQueryKey(text.slice(start, end))).toBe(needle);
        }
      }),
    );
  });
});
