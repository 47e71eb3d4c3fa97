import { describe, expect, it } from 'vitest';
import { textDirection } from './textDirection.ts';

describe('textDirection', () => {
  it.each([
    ['نقابة UMT تختتم المؤتمر الوطني', 'rtl'],
    ['AFP - قال الرئيس إن المفاوضات ستستأنف غدا', 'rtl'],
    ['\u200Eفرانكفورت ( \u200Eد \u200Eب \u200Eا ) \u200Eاعلن \u200Eاتحاد', 'rtl'],
    ['The minister met «وزارة الخارجية» officials in Rabat', 'ltr'],
    ['\u200Fhello world', 'ltr'],
    ['2013 - 03 - 11', 'rtl'],
    ['', 'rtl'],
    ['שלום עולם', 'rtl'],
    ['😀😀 مرحبا', 'rtl'],
    ['😀 hi', 'ltr'],
    ['𞤀𞤁𞤂𞤃 ab', 'rtl'],
    ['ÉCOLE قال', 'ltr'],
  ])('%j reads %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });

  it('decides on the first letters of a long text', () => {
    expect(textDirection(`${'مرحبا '.repeat(100)}${'hello '.repeat(10_000)}`)).toBe('rtl');
  });
});
