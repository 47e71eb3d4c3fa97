import { describe, expect, it } from 'vitest';
import { blockIndexAt, textBlocks } from './textBlocks.ts';

describe('textBlocks', () => {
  it('makes one block per line, newlines excluded, empty lines kept', () => {
    const text = 'الأول\n\nالثالث';
    const blocks = textBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['الأول', '', 'الثالث']);
  });

  it('cuts long paragraphs at a sentence end or a space, and covers every character once', () => {
    const sentence = 'احتضن مقر وزارة الشؤون الخارجية والتعاون بالعاصمة الرباط. ';
    const text = sentence.repeat(200).trim();
    const blocks = textBlocks(text, 500);
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.every((b) => b.end - b.start <= 500)).toBe(true);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
    for (const block of blocks.slice(0, -1)) expect(text[block.end - 1]).toBe(' ');
  });

  it('never cuts a surrogate pair', () => {
    const text = '😀'.repeat(600);
    const blocks = textBlocks(text, 101);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
    for (const block of blocks) expect(block.start % 2).toBe(0);
  });

  it('finds the block of an offset', () => {
    const text = 'ab\ncd\nef';
    const blocks = textBlocks(text);
    expect([0, 1, 2, 3, 5, 6, 8].map((o) => blockIndexAt(blocks, o))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
});
