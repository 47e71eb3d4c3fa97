import { partitionPoint } from './partitionPoint.ts';

/**
 * How a UTF-16 offset that falls between the two halves of a surrogate pair is
 * turned into a code point offset: 'floor' moves it before the character,
 * 'ceil' after it. To keep a whole character inside a span, convert the span
 * start with 'floor' and the end with 'ceil'.
 */
export type SurrogateRounding = 'floor' | 'ceil';

/**
 * Converts offsets of one text between UTF-16 code units (what the app stores)
 * and Unicode code points (what exports use), in O(log a) per offset where a is
 * the number of astral characters.
 *
 * Offsets outside the text, or not integers, throw a RangeError: they are bugs,
 * not data to repair. A UTF-16 offset inside a surrogate pair is not an error; it
 * is rounded as asked (see SurrogateRounding). Use isInsideSurrogatePair to
 * detect it beforehand. A lone surrogate counts as one code point, as in
 * `[...text]`.
 */
export interface OffsetIndex {
  readonly utf16Length: number;
  readonly codePointLength: number;
  toCodePoint(utf16: number, rounding?: SurrogateRounding): number;
  toUtf16(codePoint: number): number;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when `utf16` lies between the high and the low half of one surrogate pair. */
export function isInsideSurrogatePair(text: string, utf16: number): boolean {
  return (
    utf16 > 0 &&
    utf16 < text.length &&
    isHighSurrogate(text.charCodeAt(utf16 - 1)) &&
    isLowSurrogate(text.charCodeAt(utf16))
  );
}

function checkOffset(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`${unit} offset ${offset} is outside 0..${max}`);
  }
}

export function createOffsetIndex(text: string): OffsetIndex {
  const pairStarts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairStarts.push(i);
      i++;
    }
  }
  // Pair k starts at UTF-16 offset utf16Pairs[k] and at code point offset utf16Pairs[k] - k.
  const utf16Pairs = Uint32Array.from(pairStarts);
  const codePointPairs = Uint32Array.from(pairStarts, (start, k) => start - k);
  const utf16Length = text.length;
  const codePointLength = utf16Length - utf16Pairs.length;

  return {
    utf16Length,
    codePointLength,
    toCodePoint(utf16, rounding = 'floor') {
      checkOffset(utf16, utf16Length, 'UTF-16');
      const pairsBefore = partitionPoint(utf16Pairs, (start) => start < utf16);
      if (pairsBefore > 0 && utf16Pairs[pairsBefore - 1] === utf16 - 1) {
        // Inside the last of those pairs: it is only half before the offset.
        return rounding === 'floor' ? utf16 - pairsBefore : utf16 - pairsBefore + 1;
      }
      return utf16 - pairsBefore;
    },
    toUtf16(codePoint) {
      checkOffset(codePoint, codePointLength, 'Code point');
      return codePoint + partitionPoint(codePointPairs, (start) => start < codePoint);
    },
  };
}
