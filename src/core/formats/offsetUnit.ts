import { createOffsetIndex, isInsideSurrogatePair } from '../offsets/codePointOffsets.ts';

/**
 * The unit of offsets in a file: Unicode code points (what Python's text[start:end]
 * uses, the default of every export) or UTF-16 code units (what JavaScript uses).
 */
export type OffsetUnit = 'codepoint' | 'utf16';

export const OFFSET_UNITS: readonly OffsetUnit[] = ['codepoint', 'utf16'];

export function isOffsetUnit(value: unknown): value is OffsetUnit {
  return value === 'codepoint' || value === 'utf16';
}

/** A span in the file's unit and the surface text those offsets select. */
export interface UnitSpan {
  start: number;
  end: number;
  text: string;
}

/** Converts the offsets of one text between UTF-16 and a file's unit; build one per document. */
export interface UnitOffsets {
  /**
   * A UTF-16 span [start, end) in the unit. A boundary inside a surrogate pair (never
   * made by the app) widens the span to whole characters, so the text always equals
   * the slice in either unit.
   */
  toUnit(start: number, end: number): UnitSpan;
  /** An offset read from a file, in UTF-16, or the reason it is not a usable offset. */
  fromUnit(offset: unknown): number | string;
}

// Without surrogates, code points and UTF-16 units are the same offsets; most Arabic news has none.
const SURROGATE = /[\uD800-\uDFFF]/;

export function unitOffsets(text: string, unit: OffsetUnit): UnitOffsets {
  if (unit === 'utf16' || !SURROGATE.test(text)) {
    return {
      toUnit: (start, end) => ({ start, end, text: text.slice(start, end) }),
      fromUnit: (offset) => {
        const problem = checkOffset(offset, text.length);
        if (problem !== null) return problem;
        return isInsideSurrogatePair(text, offset as number)
          ? `offset ${String(offset)} falls inside a surrogate pair`
          : (offset as number);
      },
    };
  }
  const index = createOffsetIndex(text);
  return {
    toUnit(start, end) {
      const cpStart = index.toCodePoint(start, 'floor');
      const cpEnd = index.toCodePoint(end, 'ceil');
      const widened = isInsideSurrogatePair(text, start) || isInsideSurrogatePair(text, end);
      const surface = widened ? text.slice(index.toUtf16(cpStart), index.toUtf16(cpEnd)) : text.slice(start, end);
      return { start: cpStart, end: cpEnd, text: surface };
    },
    fromUnit(offset) {
      const problem = checkOffset(offset, index.codePointLength);
      return problem ?? index.toUtf16(offset as number);
    },
  };
}

function checkOffset(offset: unknown, length: number): string | null {
  if (typeof offset !== 'number') return `offset is not a number (${offset === null ? 'null' : typeof offset})`;
  if (!Number.isInteger(offset)) return `offset ${offset} is not an integer`;
  if (offset < 0 || offset > length) return `offset ${offset} is outside the text (0..${length})`;
  return null;
}
