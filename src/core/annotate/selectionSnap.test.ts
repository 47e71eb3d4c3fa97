import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeWords } from './arabicWords.ts';
import { snapToWords, snapWithProcliticSplit, trimSelection } from './selectionSnap.ts';
import type { TextRange } from './textRange.ts';

const text = '😀 قال وزير الخارجية  بالرباط، إن «UMT» وَالرِّبَاطُ لليبيا';
const tokens = tokenizeWords(text);

function at(part: string, from = 0): number {
  const index = text.indexOf(part, from);
  if (index < 0) throw new Error(`${part} not in text`);
  return index;
}

function covered(range: TextRange | null): string | null {
  return range === null ? null : text.slice(range.start, range.end);
}

describe('snapToWords', () => {
  it('keeps a selection that is already word-aligned', () => {
    const start = at('وزير');
    expect(covered(snapToWords(tokens, start, at(' بالرباط')))).toBe('وزير الخارجية');
  });

  it('widens partially covered words at both edges', () => {
    expect(covered(snapToWords(tokens, at('زير'), at('ارجية')))).toBe('وزير الخارجية');
  });

  it('snaps a selection inside one word to that word', () => {
    expect(covered(snapToWords(tokens, at('رج'), at('رج') + 2))).toBe('الخارجية');
  });

  it('trims whitespace at the edges', () => {
    expect(covered(snapToWords(tokens, at(' وزير'), at('  بالرباط') + 2))).toBe('وزير الخارجية');
  });

  it('accepts a backwards selection (focus before anchor)', () => {
    expect(covered(snapToWords(tokens, at('ارجية'), at('زير')))).toBe('وزير الخارجية');
  });

  it('works after an emoji, in UTF-16 offsets', () => {
    const range = snapToWords(tokens, at('ال'), at('ال') + 1);
    expect(range).toEqual({ start: 3, end: 6 });
    expect(covered(range)).toBe('قال');
  });

  it('keeps tashkeel inside the snapped word', () => {
    const start = at('الرِّ');
    expect(covered(snapToWords(tokens, start, start + 1))).toBe('وَالرِّبَاطُ');
  });

  it('includes punctuation tokens the selection touches', () => {
    expect(covered(snapToWords(tokens, at('UMT') - 1, at('UMT') + 3))).toBe('«UMT');
  });

  it('snaps to nothing when the selection is collapsed or only whitespace', () => {
    expect(snapToWords(tokens, at('وزير'), at('وزير'))).toBeNull();
    expect(snapToWords(tokens, at('  بالرباط'), at('  بالرباط') + 2)).toBeNull();
    expect(snapToWords([], 0, 5)).toBeNull();
  });
});

describe('snapToWords: properties', () => {
  const pieces = ['بالرباط', 'وَزِيرُ', 'UMT', '٣٫٥', '،', '«', '»', '😀', ' ', ' ', '\u00A0', '\u200F'];

  it('covers exactly the tokens the selection overlaps, whole', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const sample = parts.join('');
        const sampleTokens = tokenizeWords(sample);
        const start = a % (sample.length + 1);
        const end = b % (sample.length + 1);
        const [from, to] = start <= end ? [start, end] : [end, start];
        const touched = sampleTokens.filter((t) => t.start < to && t.end > from);
        const range = snapToWords(sampleTokens, start, end);
        if (touched.length === 0 || from === to) {
          expect(range).toBeNull();
          return;
        }
        expect(range).toEqual({ start: touched[0]?.start, end: touched[touched.length - 1]?.end });
        const split = snapWithProcliticSplit(sampleTokens, start, end);
        expect(split?.end).toBe(range?.end);
        expect(split?.start).toBeGreaterThanOrEqual(range?.start ?? 0);
        expect(split?.start).toBeLessThanOrEqual(Math.max(from, range?.start ?? 0));
      }),
    );
  });
});

describe('snapWithProcliticSplit', () => {
  it('leaves out the proclitic when the selection starts after it', () => {
    const start = at('الرباط');
    expect(covered(snapWithProcliticSplit(tokens, start, start + 'الرباط'.length))).toBe('الرباط');
  });

  it('tolerates a selection starting a letter late, inside the article', () => {
    const start = at('لرباط');
    expect(covered(snapWithProcliticSplit(tokens, start, start + 3))).toBe('الرباط');
  });

  it('drops the article too when the selection starts after it', () => {
    const start = at('رباط');
    expect(covered(snapWithProcliticSplit(tokens, start, start + 2))).toBe('رباط');
  });

  it('keeps the whole word when the selection starts at or before it', () => {
    const start = at('بالرباط');
    expect(covered(snapWithProcliticSplit(tokens, start, start + 3))).toBe('بالرباط');
    expect(covered(snapWithProcliticSplit(tokens, start - 2, start + 3))).toBe('بالرباط');
  });

  it('keeps a word whose first letter is a homograph of a proclitic', () => {
    const start = at('وزير');
    expect(covered(snapWithProcliticSplit(tokens, start, start + 4))).toBe('وزير');
  });

  it('splits after the proclitic letter together with its tashkeel', () => {
    const start = at('الرِّ');
    expect(covered(snapWithProcliticSplit(tokens, start, start + 2))).toBe('الرِّبَاطُ');
    // Between و and its fatha is still the start of the word.
    expect(covered(snapWithProcliticSplit(tokens, start - 1, start + 2))).toBe('وَالرِّبَاطُ');
  });

  it('offers ليبيا inside لليبيا', () => {
    const start = at('ليبيا');
    expect(covered(snapWithProcliticSplit(tokens, start, text.length))).toBe('ليبيا');
  });

  it('keeps the end of a multi-word selection', () => {
    const start = at('الرباط');
    expect(covered(snapWithProcliticSplit(tokens, at('إن') + 1, start))).toBe('الرباط، إن');
    expect(covered(snapWithProcliticSplit(tokens, start, at('إن') + 1))).toBe('الرباط، إن');
  });

  it('does not split Latin words or numbers', () => {
    const start = at('MT');
    expect(covered(snapWithProcliticSplit(tokens, start, start + 2))).toBe('UMT');
  });

  it('snaps to nothing like snapToWords', () => {
    expect(snapWithProcliticSplit(tokens, 2, 2)).toBeNull();
  });
});

describe('trimSelection', () => {
  it('trims whitespace and bidi controls only', () => {
    const sample = ' \u200F«الرباط»\u00A0\n';
    expect(trimSelection(sample, 0, sample.length)).toEqual({ start: 2, end: 10 });
  });

  it('keeps a selection inside a word exactly', () => {
    expect(trimSelection('بالرباط', 1, 4)).toEqual({ start: 1, end: 4 });
  });

  it('accepts a backwards selection and clamps to the text', () => {
    expect(trimSelection('الرباط', 9, -3)).toEqual({ start: 0, end: 6 });
  });

  it('widens rather than cut a surrogate pair', () => {
    expect(trimSelection('ب😀ت', 2, 3)).toEqual({ start: 1, end: 3 });
    expect(trimSelection('ب😀ت', 0, 2)).toEqual({ start: 0, end: 3 });
  });

  it('returns null for blank or collapsed selections', () => {
    expect(trimSelection(' \u200E ', 0, 3)).toBeNull();
    expect(trimSelection('الرباط', 2, 2)).toBeNull();
  });
});
