import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInsideSurrogatePair } from '../offsets/codePointOffsets.ts';
import { tokenizeWords, wordAt, wordIndexAt, type WordToken } from './arabicWords.ts';

function summary(tokens: WordToken[]): string[] {
  return tokens.map((t) => `${t.kind}:${t.text}`);
}

describe('tokenizeWords', () => {
  it('splits Arabic news text into words and punctuation', () => {
    expect(summary(tokenizeWords('قال المتحدث، في الرباط: «لا جديد»؛ هل من خبر؟'))).toEqual([
      'word:قال', 'word:المتحدث', 'punct:،', 'word:في', 'word:الرباط', 'punct::',
      'punct:«', 'word:لا', 'word:جديد', 'punct:»', 'punct:؛', 'word:هل', 'word:من', 'word:خبر', 'punct:؟',
    ]);
  });

  it('keeps tashkeel, shadda and tatweel inside the word', () => {
    const text = 'وَقَالَ المُتَحَدِّثُ الـرّبـــاط';
    expect(summary(tokenizeWords(text))).toEqual(['word:وَقَالَ', 'word:المُتَحَدِّثُ', 'word:الـرّبـــاط']);
  });

  it('keeps ZWJ and ZWNJ inside the word they sit in', () => {
    expect(summary(tokenizeWords('مي\u200Cخواهم ب\u200Dا'))).toEqual(['word:مي\u200Cخواهم', 'word:ب\u200Dا']);
    expect(summary(tokenizeWords('ب\u200C ت'))).toEqual(['word:ب\u200C', 'word:ت']);
  });

  it('reads Western and Arabic-Indic numbers with decimal and thousands separators', () => {
    expect(summary(tokenizeWords('ارتفع بـ3.5% أي ٣٫٥٪ من ١٬٢٠٠ إلى 1,200 و۱۲.'))).toEqual([
      'word:ارتفع', 'word:بـ', 'number:3.5', 'punct:%', 'word:أي', 'number:٣٫٥', 'punct:٪',
      'word:من', 'number:١٬٢٠٠', 'word:إلى', 'number:1,200', 'word:و', 'number:۱۲', 'punct:.',
    ]);
  });

  it('makes Latin runs their own tokens, even glued to Arabic', () => {
    expect(summary(tokenizeWords('جامعة UMT والـUMT Café'))).toEqual([
      'word:جامعة', 'latin:UMT', 'word:والـ', 'latin:UMT', 'latin:Café',
    ]);
  });

  it('separates on NBSP, newlines and bidi controls, which belong to no token', () => {
    const text = '\u200Fالرباط\u00A0عاصمة\n\u2067UMT\u2069\u061C';
    expect(summary(tokenizeWords(text))).toEqual(['word:الرباط', 'word:عاصمة', 'latin:UMT']);
  });

  it('keeps emoji sequences whole and out of the neighbouring words', () => {
    const text = '😀الرباط 👨‍👩‍👧 🇲🇦 👍🏽 (ليبيا)';
    const tokens = tokenizeWords(text);
    expect(summary(tokens)).toEqual([
      'punct:😀', 'word:الرباط', 'punct:👨‍👩‍👧', 'punct:🇲🇦', 'punct:👍🏽', 'punct:(', 'word:ليبيا', 'punct:)',
    ]);
    expect(tokens[1]).toEqual({ start: 2, end: 8, text: 'الرباط', kind: 'word' });
  });

  it('gives offsets that slice back to the token text', () => {
    const text = '  «وَالرِّبَاطُ» 😀 UMT ٣٫٥ ';
    for (const token of tokenizeWords(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenizeWords('')).toEqual([]);
    expect(tokenizeWords(' \u00A0\n\u200F')).toEqual([]);
  });

  it('yields ordered, disjoint tokens that never split a surrogate pair and only skip separators', () => {
    const pieces = [
      'ا', 'ل', 'ب', 'و', '\u064E', '\u0651', '\u0640', 'U', 'x', '3', '٣', '.', '٫', ',',
      ' ', '\u00A0', '\n', '،', '«', '»', '؟', '😀', '🏽', '🇲', '🇦', '\u200D', '\u200C', '\u200F', '\u2066',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const tokens = tokenizeWords(text);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(isInsideSurrogatePair(text, token.start)).toBe(false);
          expect(isInsideSurrogatePair(text, token.end)).toBe(false);
          expect(text.slice(previousEnd, token.start)).toMatch(/^[\s\p{Cc}\p{Cf}\p{M}]*$/u);
          previousEnd = token.end;
        }
        expect(text.slice(previousEnd)).toMatch(/^[\s\p{Cc}\p{Cf}\p{M}]*$/u);
      }),
    );
  });

  it('tokenizes a million characters quickly enough for a large document', () => {
    const text = 'وَقَالَ المتحدث، في الرباط: «إن UMT ستُعلن…» 3.5% 😀 '.repeat(20_000);
    const tokens = tokenizeWords(text);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(tokens).toHaveLength(15 * 20_000);
  });
});

describe('wordAt', () => {
  const text = 'في  الرباط، 😀 UMT';
  const tokens = tokenizeWords(text);

  it('finds the token containing an offset', () => {
    expect(wordAt(tokens, 0)?.text).toBe('في');
    expect(wordAt(tokens, 4)?.text).toBe('الرباط');
    expect(wordAt(tokens, 9)?.text).toBe('الرباط');
    expect(wordAt(tokens, 10)?.text).toBe('،');
    expect(wordAt(tokens, 12)?.text).toBe('😀');
    expect(wordAt(tokens, 15)?.text).toBe('UMT');
  });

  it('finds nothing in separators, at the very end or out of range', () => {
    expect(wordAt(tokens, 2)).toBeUndefined();
    expect(wordAt(tokens, 3)).toBeUndefined();
    expect(wordAt(tokens, text.length)).toBeUndefined();
    expect(wordAt(tokens, -1)).toBeUndefined();
    expect(wordIndexAt(tokens, 3)).toBe(-1);
    expect(wordIndexAt(tokens, 4)).toBe(1);
    expect(wordAt([], 0)).toBeUndefined();
  });
});
