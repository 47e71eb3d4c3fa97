import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importProblem } from '../model/importProblem.ts';
import { PROPERTY_TIMEOUT, arbitraryText, boundaries } from './arbitraryDocuments.ts';
import { offsetProblemAt } from './offsetProblem.ts';
import { unitOffsets } from './offsetUnit.ts';

describe('unitOffsets', { timeout: PROPERTY_TIMEOUT }, () => {
  it('converts spans so that the code point slice is the surface text, and back', () => {
    fc.assert(
      fc.property(arbitraryText, fc.nat(), fc.nat(), (text, a, b) => {
        const offsets = boundaries(text);
        const [start, end] = [offsets[a % offsets.length] as number, offsets[b % offsets.length] as number].sort((x, y) => x - y) as [number, number];
        const units = unitOffsets(text, 'codepoint');
        const span = units.toUnit(start, end);
        expect([...text].slice(span.start, span.end).join('')).toBe(span.text);
        expect(span.text).toBe(text.slice(start, end));
        expect([units.fromUnit(span.start), units.fromUnit(span.end)]).toEqual([start, end]);
        const utf16 = unitOffsets(text, 'utf16').toUnit(start, end);
        expect(utf16).toEqual({ start, end, text: text.slice(start, end) });
      }),
    );
  });

  it('widens a span cutting a surrogate pair to whole characters', () => {
    expect(unitOffsets('a😀b', 'codepoint').toUnit(2, 4)).toEqual({ start: 1, end: 3, text: '😀b' });
  });

  it('says why an offset from a file is not usable', () => {
    const units = unitOffsets('😀ab', 'codepoint');
    expect([-1, 4, 1.5, '1', null].map((offset) => units.fromUnit(offset))).toEqual([
      { kind: 'outside-text', offset: '-1', length: '3' },
      { kind: 'outside-text', offset: '4', length: '3' },
      { kind: 'not-integer', offset: '1.5' },
      { kind: 'not-number', found: 'string' },
      { kind: 'not-number', found: 'null' },
    ]);
    expect(unitOffsets('😀ab', 'utf16').fromUnit(1)).toEqual({ kind: 'in-surrogate-pair', offset: '1' });
  });

  it('words an offset problem where the reader found it', () => {
    const reason = (offset: unknown) => {
      const read = unitOffsets('😀ab', 'codepoint').fromUnit(offset);
      return typeof read === 'number' ? read : importProblem('f', 1, offsetProblemAt('entities[0]: "start"', read)).reason;
    };
    expect([-1, 1.5, '1', 2].map(reason)).toEqual([
      'entities[0]: "start": offset -1 is outside the text (0..3)',
      'entities[0]: "start": offset 1.5 is not an integer',
      'entities[0]: "start": offset is not a number (string)',
      3,
    ]);
  });
});
