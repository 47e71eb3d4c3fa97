import { describe, expect, it } from 'vitest';
import { normaliseWithOffsets } from './normalisedText.ts';

describe('normaliseWithOffsets', () => {
  it('turns CRLF and CR into LF and moves offsets with them', () => {
    const raw = 'أ\r\nب\rج\r\nد';
    const { text, toNormalised } = normaliseWithOffsets(raw, { stripBom: false });
    expect(text).toBe('أ\nب\nج\nد');
    for (const char of ['ب', 'ج', 'د']) expect(text[toNormalised(raw.indexOf(char))]).toBe(char);
    expect(toNormalised(raw.length)).toBe(text.length);
  });

  it('drops a leading BOM only when asked', () => {
    expect(normaliseWithOffsets('\uFEFFنص', { stripBom: true }).toNormalised(1)).toBe(0);
    expect(normaliseWithOffsets('\uFEFFنص', { stripBom: false }).text).toBe('\uFEFFنص');
  });
});
