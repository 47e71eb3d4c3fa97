import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charAlpha, charKappa, charUnits, unitLabels } from './charUnits.ts';
import { nominalAlphaFromUnits } from './krippendorffAlpha.ts';
import type { LabelledSpan } from './spanAgreement.ts';

const span = (start: number, end: number, label: string): LabelledSpan => ({ start, end, label });

describe('charUnits', () => {
  it('counts the non-whitespace code points, and the units before each UTF-16 offset', () => {
    const units = charUnits('ab c\n\u00a0د\t');
    expect(units.count).toBe(4);
    expect(Array.from(units.unitsBefore)).toEqual([0, 1, 2, 2, 3, 3, 3, 4, 4]);
    expect(units.astral).toBe(false);
  });

  it('counts an emoji as one unit and a lone surrogate as one unit', () => {
    const emoji = charUnits('😀 x');
    expect(emoji.count).toBe(2);
    expect(Array.from(emoji.unitsBefore)).toEqual([0, 1, 1, 1, 2]);
    expect(emoji.astral).toBe(true);
    expect(charUnits('\ud83dx').count).toBe(2);
  });

  it('treats as whitespace exactly what \\s matches, over the whole BMP', () => {
    const misfits: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      const isUnit = charUnits(char).count === 1;
      if (isUnit === /\s/.test(char)) misfits.push(code);
    }
    expect(misfits).toEqual([]);
  });

  it('counts the units before every offset as a code point walk does, for any mix of letters, spaces and surrogates', () => {
    const pieces = ['a', ' ', '\n', '\t', '\u00a0', 'د', 'ّ', '\u2003', '\u3000', '\ufeff', '\u0001', '😀', '\ud83d', '\ude00', '\u200d'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const expected = [0];
        let count = 0;
        for (const char of text) {
          if (!/\s/.test(char)) count++;
          // Both code units of an astral character: the offset inside it already counts it.
          if (char.length === 2) expected.push(count);
          expected.push(count);
        }
        expect(Array.from(charUnits(text).unitsBefore)).toEqual(expected);
      }),
    );
  });
});

describe('unitLabels', () => {
  it('an emoji before a span does not shift the units', () => {
    // "😀 مصر": the emoji is 2 UTF-16 units but one code point; مصر is at UTF-16 3..6.
    expect(unitLabels('😀 مصر', [span(3, 6, 'GPE')])).toEqual(['O', 'GPE', 'GPE', 'GPE']);
  });

  it('the longest covering entity wins over a nested one', () => {
    // "وزارة الخارجية المغربية": ORG over all, GPE over المغربية.
    const text = 'وزارة الخارجية المغربية';
    const labels = unitLabels(text, [span(15, 23, 'GPE'), span(0, 23, 'ORG')]);
    expect(labels).toEqual(Array(21).fill('ORG'));
    expect(unitLabels(text, [span(15, 23, 'GPE')]).slice(-8)).toEqual(Array(8).fill('GPE'));
  });

  it('ties of length go to the earlier start, then to the label first in code unit order', () => {
    expect(unitLabels('abcdef', [span(2, 6, 'LOC'), span(0, 4, 'PER')])).toEqual(['PER', 'PER', 'PER', 'PER', 'LOC', 'LOC']);
    expect(unitLabels('abcd', [span(0, 4, 'PER'), span(0, 4, 'LOC')])).toEqual(['LOC', 'LOC', 'LOC', 'LOC']);
  });

  it('measures length in code points, not UTF-16 units', () => {
    // X = "ab" (2 code points), Y = "b😀" (2 code points, 3 UTF-16 units): a tie, so X (earlier) takes "b".
    expect(unitLabels('ab😀', [span(1, 4, 'Y'), span(0, 2, 'X')])).toEqual(['X', 'X', 'Y']);
  });

  it('a span edge inside a surrogate pair covers the whole character', () => {
    expect(unitLabels('a😀b', [span(2, 3, 'EMO')])).toEqual(['O', 'EMO', 'O']);
  });

  it('whitespace inside a span is no unit; empty spans cover nothing', () => {
    expect(unitLabels('ab cd', [span(0, 5, 'X'), span(1, 1, 'Y')])).toEqual(['X', 'X', 'X', 'X']);
  });

  it('deep nesting: every unit goes to the longest span covering it', () => {
    // 40 spans nested like onion skins, plus 40 one-character spans: the outermost wins everywhere.
    const text = 'x'.repeat(80);
    const nested = Array.from({ length: 40 }, (_, i) => span(i, 80 - i, `L${String(i).padStart(2, '0')}`));
    const small = Array.from({ length: 40 }, (_, i) => span(2 * i, 2 * i + 1, 'S'));
    expect(unitLabels(text, [...small, ...nested].reverse())).toEqual(Array(80).fill('L00'));
    // Without the outermost skins, the units they covered alone go to the one-character spans or O.
    const inner = nested.slice(10);
    const labels = unitLabels(text, [...inner, ...small]);
    expect(labels.slice(10, 70)).toEqual(Array(60).fill('L10'));
    expect(labels.slice(0, 4)).toEqual(['S', 'O', 'S', 'O']);
  });

  /** The rule written out unit by unit, to check the painting against. */
  function directLabels(text: string, list: LabelledSpan[]): string[] {
    const expected: string[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ') continue;
      const best = list
        .filter((s) => s.start <= i && i < s.end)
        .sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0))[0];
      expected.push(best?.label ?? 'O');
    }
    return expected;
  }
  const text = 'abc def ghij';
  const label = fc.constantFrom('A', 'B', 'C');

  it('paints each unit by the rule: sparse spans (against a direct definition)', () => {
    const spans = fc.array(
      fc.tuple(fc.nat(12), fc.nat(12), label).map(([s, l, name]) => span(Math.min(s, 12), Math.min(s + l, 12), name)),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(spans, (list) => {
        expect(unitLabels(text, list)).toEqual(directLabels(text, list));
      }),
    );
  });

  it('paints each unit by the rule: deeply nested spans (against a direct definition)', () => {
    // 40 or more spans of 6 or more characters over 12: far more overlap than the sparse painting takes on.
    const spans = fc.array(
      fc.tuple(fc.nat(6), fc.integer({ min: 6, max: 12 }), label).map(([s, l, name]) => span(s, Math.min(s + l, 12), name)),
      { minLength: 40, maxLength: 60 },
    );
    fc.assert(
      fc.property(spans, (list) => {
        expect(unitLabels(text, list)).toEqual(directLabels(text, list));
      }),
    );
  });
});

describe('charKappa and charAlpha', () => {
  it('kappa pools the units: a one-character boundary disagreement', () => {
    // A: X X O O; B: X O O O → agreement 3/4; marginals A (X 2, O 2), B (X 1, O 3): kappa (12 − 8) / (16 − 8).
    const result = charKappa([{ text: 'abcd', a: [span(0, 2, 'X')], b: [span(0, 1, 'X')] }]);
    expect(result.value).toBe(0.5);
    expect(result.items).toBe(4);
  });

  it('kappa is null when nobody annotated anything (everything is O)', () => {
    expect(charKappa([{ text: 'abc', a: [], b: [] }]).value).toBeNull();
  });

  it('alpha equals the coincidence computation on the same units; absent annotators give no values', () => {
    const result = charAlpha([
      { text: 'ab c', annotations: [[span(0, 2, 'X')], [span(0, 1, 'X')], undefined] },
      { text: 'de', annotations: [[span(0, 2, 'Y')], [span(0, 2, 'Y')], [span(1, 2, 'X')]] },
      { text: 'zz', annotations: [[span(0, 2, 'Y')], undefined, undefined] },
    ]);
    const expected = nominalAlphaFromUnits([
      ['X', 'X'],
      ['X', 'O'],
      ['O', 'O'],
      ['Y', 'Y', 'O'],
      ['Y', 'Y', 'X'],
    ]);
    expect(result).toEqual(expected);
  });
});
