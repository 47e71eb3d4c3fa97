import { describe, expect, it } from 'vitest';
import { tokenizeWords } from './arabicWords.ts';
import { startChoices } from './startChoices.ts';

describe('where a selection’s span may start', () => {
  const text = 'احتضن مقر الوزارة وبالعاصمة الرباط';
  const tokens = tokenizeWords(text);
  const word = text.indexOf('وبالعاصمة');
  const end = text.length;

  it('offers the word’s start and each proclitic split, with the text covered from each', () => {
    expect(startChoices(text, tokens, { start: word, end }).map((c) => c.text)).toEqual([
      'وبالعاصمة الرباط',
      'بالعاصمة الرباط',
      'العاصمة الرباط',
      'عاصمة الرباط',
    ]);
  });

  it('offers the same choices once a split is chosen, as the start stays in the word', () => {
    expect(startChoices(text, tokens, { start: word + 3, end })).toEqual(startChoices(text, tokens, { start: word, end }));
  });

  it('leaves out splits at or past the selection’s end, and offers only the start outside a word', () => {
    expect(startChoices(text, tokens, { start: word, end: word + 2 }).map((c) => c.text)).toEqual(['وب', 'ب']);
    const space = text.indexOf(' ');
    expect(startChoices(text, tokens, { start: space, end: space + 4 })).toEqual([{ offset: space, text: text.slice(space, space + 4) }]);
  });
});
