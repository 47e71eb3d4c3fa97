import type { JsonKind } from '../model/importProblem.ts';
import { createOffsetIndex, isInsideSurrogatePair } from '../offsets/codePointOffsets.ts';
import type { OffsetProblem } from './offsetProblem.ts';

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
  /** An offset read from a file, in UTF-16, or why it is not a usable offset. */
  fromUnit(offset: unknown): number | OffsetProblem;
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
        return isInsideSurrogatePair(text, offset as number) ? { kind: 'in-surrogate-pair', offset: String(offset) } : (offset as number);
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

function checkOffset(offset: unknown, length: number): OffsetProblem | null {
  // An array is an "object" here, as typeof has it.
  if (typeof offset !== 'number') return { kind: 'not-number', found: offset === null ? 'null' : (typeof offset as JsonKind) };
  if (!Number.isInteger(offset)) return { kind: 'not-integer', offset: String(offset) };
  if (offset < 0 || offset > length) return { kind: 'outside-text', offset: String(offset), length: String(length) };
  return null;
}
