import { describe, expect, it } from 'vitest';
import { arabicSearchKey } from './arabicSearchKey.ts';
import { searchMatcher } from './searchMatcher.ts';

const byKeys = (query: string, text: string) => arabicSearchKey(text).includes(arabicSearchKey(query));

describe('searchMatcher', () => {
  it('finds a vocalised, stretched, variant spelling across line breaks and repeated spaces', () => {
    const text = 'احتضن مقرُّ وزارة الشؤون الخارجيـــة\r\n\r\nوالتعاون  بالعاصمة الرباط';
    expect(searchMatcher('الخارجية والتعاون')(text)).toBe(true);
    expect(searchMatcher('الشُّؤون')(text)).toBe(true);
    expect(searchMatcher('وزاره')(text)).toBe(true);
    expect(searchMatcher('طرابلس')(text)).toBe(false);
  });

  it('matches every text for an empty query and none for a query longer than the text', () => {
    expect(searchMatcher('  \u200F ')('نص')).toBe(true);
    expect(searchMatcher('نص طويل')('نص')).toBe(false);
  });

  it('lowers case as the whole key does, İ and final sigma included', () => {
    expect(searchMatcher('umt')('نقابة UMT')).toBe(true);
    expect(searchMatcher('i̇stanbul')('İSTANBUL')).toBe(true);
    // ΟΔΟΣ lowers to οδος, with a final ς, whole; alone Σ would lower to σ.
    expect(searchMatcher('οδος')('ΟΔΟΣ')).toBe(true);
    expect(searchMatcher('οδοσ')('ΟΔΟΣ')).toBe(false);
  });

  it('keys astral characters, presentation forms and Arabic-Indic digits as the key does', () => {
    expect(searchMatcher('😀 الرباط')('قال 😀  الرباط')).toBe(true);
    expect(searchMatcher('𐐨')('𐐀')).toBe(true);
    expect(searchMatcher('الرباط')('ﺍﻟﺮﺑﺎﻁ')).toBe(true);
    expect(searchMatcher('2013')('عام ٢٠١٣')).toBe(true);
  });

  it('needs the automaton to fall back on a partial match (KMP), not restart past it', () => {
    expect(searchMatcher('abab c')('ababab c')).toBe(true);
    expect(searchMatcher('aab')('aaab')).toBe(true);
  });

  it('agrees with the keys on random texts and queries of tricky characters', () => {
    const alphabet = [
      ...'ابتةىيأإآٱئؤوهکی', '\u064E', '\u0651', '\u0653', '\u0654', '\u0640', ' ', '  ', '\n', '\r\n', '\t', '\u00A0', '\u3000',
      '\u200B', '\u200D', '\u200F', '\u202B', '\u2067', '\uFEFF', 'ﻻ', 'ﺍ', '٢', '2', 'A', 'a', 'Σ', 'σ', 'ς', 'İ', 'i', 'ß', '😀', '\uD83C', '\uDC00',
    ];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (length: number) => {
      let s = '';
      for (let k = 0; k < length; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      return s;
    };
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      const text = pick(Math.floor(random() * 30));
      // Half the queries are cut from the text's own key, so that many match.
      const key = arabicSearchKey(text);
      const from = Math.floor(random() * key.length);
      const query = n % 2 === 0 ? key.slice(from, from + 1 + Math.floor(random() * 4)) : pick(1 + Math.floor(random() * 4));
      const expected = byKeys(query, text);
      if (expected) found++;
      expect(searchMatcher(query)(text), JSON.stringify({ query, text })).toBe(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});
