import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOffsetIndex, isInsideSurrogatePair } from './codePointOffsets.ts';

/** Pieces of realistic text, including astral characters and invisible controls. */
const PIECES = [
  'ا', 'ل', 'م', 'غ', 'ر', 'ب', 'ة', 'ي', 'ى', 'ء', 'أ',
  '\u064E', '\u0650', '\u0651', '\u0652', '\u064B', // tashkeel
  '\u0640', // tatweel
  'U', 'M', 'T', 'a', 'é',
  '0', '7', '٣', '٫', '۵',
  ' ', '\u00A0', '\n', '،', '؟', '«', '»', '…', '.', '(',
  '😀', '👍🏽', '🇲🇦', '👨‍👩‍👧', '𝕏', '𠀀', // astral, modifiers, flags, ZWJ sequence
  '\u200D', '\u200C', // ZWJ, ZWNJ
  '\u200E', '\u200F', '\u061C', '\u202B', '\u202C', '\u2067', '\u2069', // bidi controls
];

const LONE_SURROGATES = ['\uD83D', '\uDE00', '\uDBFF', '\uDC00'];

const realisticText = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((pieces) => pieces.join(''));
const textWithLoneSurrogates = fc
  .array(fc.constantFrom(...PIECES, ...LONE_SURROGATES), { maxLength: 25 })
  .map((pieces) => pieces.join(''));

function checkSlicesAgree(text: string): void {
  const index = createOffsetIndex(text);
  const codePoints = [...text];
  expect(index.codePointLength).toBe(codePoints.length);
  for (let cpStart = 0; cpStart <= codePoints.length; cpStart++) {
    for (let cpEnd = cpStart; cpEnd <= codePoints.length; cpEnd++) {
      const u16Start = index.toUtf16(cpStart);
      const u16End = index.toUtf16(cpEnd);
      expect(text.slice(u16Start, u16End)).toBe(codePoints.slice(cpStart, cpEnd).join(''));
      expect(index.toCodePoint(u16Start)).toBe(cpStart);
      expect(index.toCodePoint(u16End)).toBe(cpEnd);
    }
  }
}

function checkRoundTrip(text: string): void {
  const index = createOffsetIndex(text);
  for (let u = 0; u <= text.length; u++) {
    if (isInsideSurrogatePair(text, u)) continue;
    expect(index.toUtf16(index.toCodePoint(u))).toBe(u);
  }
  for (let cp = 0; cp <= index.codePointLength; cp++) {
    expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
  }
}

describe('createOffsetIndex: properties', () => {
  it('slices by code points equal slices by the converted UTF-16 offsets', () => {
    fc.assert(fc.property(realisticText, (text) => checkSlicesAgree(text)));
  });

  it('round-trips at every code point boundary', () => {
    fc.assert(fc.property(realisticText, (text) => checkRoundTrip(text)));
  });

  it('treats lone surrogates as one code point each, like [...text]', () => {
    fc.assert(
      fc.property(textWithLoneSurrogates, (text) => {
        checkSlicesAgree(text);
        checkRoundTrip(text);
      }),
    );
  });

  it('rounds offsets inside a pair to the boundaries around the character', () => {
    fc.assert(
      fc.property(realisticText, (text) => {
        const index = createOffsetIndex(text);
        for (let u = 0; u <= text.length; u++) {
          if (!isInsideSurrogatePair(text, u)) {
            expect(index.toCodePoint(u, 'ceil')).toBe(index.toCodePoint(u, 'floor'));
            continue;
          }
          const floor = index.toCodePoint(u, 'floor');
          expect(index.toCodePoint(u, 'ceil')).toBe(floor + 1);
          expect(index.toUtf16(floor)).toBe(u - 1);
          expect(index.toUtf16(floor + 1)).toBe(u + 1);
        }
      }),
    );
  });
});

describe('createOffsetIndex: examples', () => {
  it('maps an Arabic entity after an emoji', () => {
    const text = '🇲🇦 الرباط 😀 عاصمة';
    const start = text.indexOf('الرباط');
    const end = start + 'الرباط'.length;
    const index = createOffsetIndex(text);
    expect([start, end]).toEqual([5, 11]);
    const cpStart = index.toCodePoint(start);
    const cpEnd = index.toCodePoint(end);
    expect([cpStart, cpEnd]).toEqual([3, 9]);
    expect([...text].slice(cpStart, cpEnd).join('')).toBe('الرباط');
    expect(index.toCodePoint(text.indexOf('عاصمة'))).toBe(12);
  });

  it('is the identity for text without astral characters', () => {
    const text = 'وَقَالَ المُتَحَدِّثُ «UMT» ٣٫٥٪';
    const index = createOffsetIndex(text);
    expect(index.codePointLength).toBe(text.length);
    for (let u = 0; u <= text.length; u++) expect(index.toCodePoint(u)).toBe(u);
  });

  it('handles the empty text', () => {
    const index = createOffsetIndex('');
    expect(index.utf16Length).toBe(0);
    expect(index.codePointLength).toBe(0);
    expect(index.toCodePoint(0)).toBe(0);
    expect(index.toUtf16(0)).toBe(0);
  });

  it('throws a RangeError for offsets outside the text or not integers', () => {
    const index = createOffsetIndex('😀ب');
    expect(() => index.toCodePoint(-1)).toThrow(RangeError);
    expect(() => index.toCodePoint(4)).toThrow(RangeError);
    expect(() => index.toCodePoint(1.5)).toThrow(RangeError);
    expect(() => index.toUtf16(3)).toThrow(RangeError);
    expect(() => index.toUtf16(Number.NaN)).toThrow(RangeError);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toUtf16(2)).toBe(3);
  });

  it('converts many offsets of a large document correctly', () => {
    const unit = 'قال المتحدث 😀 إن ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const index = createOffsetIndex(text);
    const unitCodePoints = [...unit].length;
    expect(index.codePointLength).toBe((text.length / unit.length) * unitCodePoints);
    for (let k = 0; k < text.length / unit.length; k += 997) {
      const u = k * unit.length + unit.indexOf('إن');
      const cp = k * unitCodePoints + [...unit].indexOf('إ');
      expect(index.toCodePoint(u)).toBe(cp);
      expect(index.toUtf16(cp)).toBe(u);
    }
  });
});

describe('isInsideSurrogatePair', () => {
  it('is true only between the halves of a pair', () => {
    const text = 'ب😀ت';
    expect([0, 1, 2, 3, 4].map((u) => isInsideSurrogatePair(text, u))).toEqual([false, false, true, false, false]);
  });

  it('is false around lone surrogates and out of range', () => {
    expect(isInsideSurrogatePair('\uDE00\uD83D', 1)).toBe(false);
    expect(isInsideSurrogatePair('\uD83D', 1)).toBe(false);
    expect(isInsideSurrogatePair('😀', -1)).toBe(false);
    expect(isInsideSurrogatePair('😀', 5)).toBe(false);
  });
});
