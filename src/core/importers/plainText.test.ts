import { describe, expect, it } from 'vitest';
import { parsePlainText } from './plainText.ts';

const text = '\n\nالسطر الأول  \nالسطر الثاني\n\n  \n  فقرة ثانية\nتتمة\n\n';

describe('parsePlainText', () => {
  it('makes one document of the whole file, trimming blank lines around it and line ends', () => {
    expect(parsePlainText(text, 'a.txt', 'file')).toEqual({
      documents: [{ text: 'السطر الأول\nالسطر الثاني\n\n\n  فقرة ثانية\nتتمة', meta: { kind: 'text', file: 'a.txt', line: 3 } }],
      problems: [],
    });
  });

  it('makes one document per non-blank line, keeping leading whitespace', () => {
    expect(parsePlainText(text, 'a.txt', 'line').documents).toEqual([
      { text: 'السطر الأول', meta: { kind: 'text', file: 'a.txt', line: 3 } },
      { text: 'السطر الثاني', meta: { kind: 'text', file: 'a.txt', line: 4 } },
      { text: '  فقرة ثانية', meta: { kind: 'text', file: 'a.txt', line: 7 } },
      { text: 'تتمة', meta: { kind: 'text', file: 'a.txt', line: 8 } },
    ]);
  });

  it('makes one document per blank-line-separated block', () => {
    expect(parsePlainText(text, 'a.txt', 'block').documents).toEqual([
      { text: 'السطر الأول\nالسطر الثاني', meta: { kind: 'text', file: 'a.txt', line: 3 } },
      { text: '  فقرة ثانية\nتتمة', meta: { kind: 'text', file: 'a.txt', line: 7 } },
    ]);
  });

  it('counts lines the same with CRLF', () => {
    expect(parsePlainText(text.replaceAll('\n', '\r\n'), 'a.txt', 'block')).toEqual(parsePlainText(text, 'a.txt', 'block'));
  });

  it('reports a text with nothing in it', () => {
    expect(parsePlainText(' \n\t\n', 'a.txt', 'line')).toMatchObject({
      documents: [],
      problems: [{ file: 'a.txt', line: null, reason: 'no text to import' }],
    });
  });
});
