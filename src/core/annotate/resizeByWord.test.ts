import { describe, expect, it } from 'vitest';
import { tokenizeWords } from './arabicWords.ts';
import { resizeByWord } from './resizeByWord.ts';

const text = 'احتضن مقر وزارة الشؤون الخارجية، بالعاصمة الرباط.';
const tokens = tokenizeWords(text);
const range = (covered: string) => ({ start: text.indexOf(covered), end: text.indexOf(covered) + covered.length });
const show = (span: { start: number; end: number } | null) => (span === null ? null : text.slice(span.start, span.end));

describe('resizeByWord', () => {
  it('moves the end a word on or back in reading order, over punctuation, never past the start', () => {
    expect(show(resizeByWord(tokens, range('وزارة'), 'end', 'forward'))).toBe('وزارة الشؤون');
    expect(show(resizeByWord(tokens, range('الشؤون الخارجية'), 'end', 'forward'))).toBe('الشؤون الخارجية، بالعاصمة');
    expect(show(resizeByWord(tokens, range('وزارة الشؤون الخارجية'), 'end', 'backward'))).toBe('وزارة الشؤون');
    expect(resizeByWord(tokens, range('وزارة'), 'end', 'backward')).toBeNull();
    expect(resizeByWord(tokens, range('الرباط'), 'end', 'forward')).toBeNull();
  });

  it('moves the start through the proclitics of its word, then from word to word, whole words backward', () => {
    expect(show(resizeByWord(tokens, range('بالعاصمة الرباط'), 'start', 'forward'))).toBe('العاصمة الرباط');
    expect(show(resizeByWord(tokens, range('العاصمة الرباط'), 'start', 'forward'))).toBe('عاصمة الرباط');
    expect(show(resizeByWord(tokens, range('عاصمة الرباط'), 'start', 'forward'))).toBe('الرباط');
    expect(show(resizeByWord(tokens, range('الرباط'), 'start', 'forward'))).toBe('رباط');
    expect(resizeByWord(tokens, range('رباط'), 'start', 'forward')).toBeNull();
    expect(resizeByWord(tokens, range('مقر'), 'start', 'forward')).toBeNull();
    expect(show(resizeByWord(tokens, range('عاصمة'), 'start', 'backward'))).toBe('العاصمة');
    expect(show(resizeByWord(tokens, range('العاصمة'), 'start', 'backward'))).toBe('بالعاصمة');
    expect(show(resizeByWord(tokens, range('بالعاصمة'), 'start', 'backward'))).toBe('الخارجية، بالعاصمة');
    expect(resizeByWord(tokens, range('احتضن'), 'start', 'backward')).toBeNull();
  });
});
