import { describe, expect, it } from 'vitest';
import { parseTawsimJsonl } from '../../../core/formats/tawsimJsonl.ts';
import { parseCsv } from '../../../core/importers/csv.ts';
import { importFile } from '../../../core/importers/importFile.ts';
import { defaultImportOptions } from '../../../core/importers/importOptions.ts';
import { formatProblem, IMPORT_PROBLEM_CODES, importProblem, SKIPPED_PARTS } from '../../../core/model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../../../core/model/importProblem.ts';
import { IMPORT_PROBLEM_ENGLISH } from '../../../core/model/importProblemEnglish.ts';
import { catalogues, formatMessage, messageFormats, type Locale } from '../../../ui/i18n/locale.ts';
import type { MessageKey } from '../../../ui/i18n/messagesEn.ts';
import { importProblemText } from './importProblemText.ts';

const tIn = (locale: Locale) => (key: MessageKey, values?: Record<string, string | number>) =>
  formatMessage(catalogues[locale][key], values, messageFormats(locale));
const line = (locale: Locale, problem: ImportProblem) => {
  const { place, text } = importProblemText(tIn(locale), problem);
  return `${place}: ${text}`;
};
const withoutIsolates = (text: string) => text.replace(/[\u2068\u2069]/g, '');

/** Problems as the importers report them, of several kinds. */
const problems: ImportProblem[] = [
  ...importFile(new Uint8Array(), 'empty.txt', defaultImportOptions).problems,
  ...importFile(new Uint8Array([0x50, 0x4b, 0x00, 0x01]), 'book.docx', defaultImportOptions).problems,
  ...parseCsv('s1,s2,stance\na,b,agree\n', 'ans.csv').problems,
  ...parseCsv('text,label\none field\n', 'd.csv').problems,
  ...parseTawsimJsonl('{"id":\n[1]\n', 'in.jsonl').problems,
];

/** Values for every placeholder the English of a code names. */
function sampleValues(code: (typeof IMPORT_PROBLEM_CODES)[number]): Record<string, string | number> {
  const template = IMPORT_PROBLEM_ENGLISH[code];
  const texts: string[] = typeof template === 'string' ? [template] : [template.one, template.other];
  const names = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
  return Object.fromEntries(names.map((name) => [name, name === 'n' ? 3 : 'x']));
}

describe('importProblemText', () => {
  it('says a problem in English as the CLI prints it', () => {
    expect(problems).toHaveLength(6);
    for (const problem of problems) expect(withoutIsolates(line('en', problem))).toBe(formatProblem(problem));
  });

  it('says a problem in Arabic, keeping the file, line and values as the file has them', () => {
    expect(problems.map((problem) => line('ar', problem))).toEqual([
      'empty.txt: ملف فارغ',
      'book.docx: ملف ثنائي وليس نصًا (فيه بايتات NUL)',
      'ans.csv:1: ليس في سطر العناوين عمود «\u2068text\u2069» (أعمدته: \u2068s1, s2, stance\u2069)',
      'd.csv:2: في الصف حقل واحد، وفي سطر العناوين 2؛ تُرك الصف',
      'in.jsonl:1: ليس JSON صالحًا (\u2068Unexpected end of JSON input\u2069)؛ تُرك السطر',
      'in.jsonl:2: ليس كائن JSON (\u2068array\u2069)؛ تُرك السطر',
    ]);
  });

  it('introduces a field-level problem in Arabic and leaves its technical English as it is', () => {
    const detail: ImportProblemDetail = { code: 'invalid-record', values: { detail: '"entities[3].start" must be an integer' }, skipped: 'line' };
    expect(line('ar', importProblem('in.jsonl', 4, detail))).toBe('in.jsonl:4: لا يوافق الصيغة: \u2068"entities[3].start" must be an integer\u2069؛ تُرك السطر');
  });

  it('counts in Arabic with the plural form the count takes', () => {
    const more = (n: number) => importProblemText(tIn('ar'), importProblem('f', 1, { code: 'more-problems', values: { n } })).text;
    expect([1, 2, 3, 11, 100].map(more)).toEqual(['مشكلة أخرى', 'مشكلتان أخريان', '3 مشكلات أخرى', '11 مشكلة أخرى', '100 مشكلة أخرى']);
  });

  it('has every code and every skipped part in both catalogues, the English being core’s', () => {
    for (const code of IMPORT_PROBLEM_CODES) {
      const key = `import.problem.${code}` as MessageKey;
      expect(catalogues.en[key], code).toEqual(IMPORT_PROBLEM_ENGLISH[code]);
      expect(catalogues.ar[key], code).toBeDefined();
    }
    for (const part of SKIPPED_PARTS) expect(catalogues.ar[`import.skipped.${part}`], part).toBeTruthy();
  });

  it('words every code in Arabic, filling every value, with no English but the values and technical names', () => {
    const technical = /JSON|UTF-8|UTF-16|U\+FFFD|NUL|BIO|B-TYPE|I-TYPE|\bO\b|conlleval|brat|\.ann|\.txt|data|d - m - yyyy/g;
    for (const code of IMPORT_PROBLEM_CODES) {
      for (const skipped of [undefined, ...SKIPPED_PARTS]) {
        const detail = { code, values: sampleValues(code), ...(skipped ? { skipped } : {}) } as ImportProblemDetail;
        const { text } = importProblemText(tIn('ar'), importProblem('f', 1, detail));
        expect(text, code).not.toMatch(/[{}]/);
        expect(text.replace(/\u2068[^\u2069]*\u2069/g, '').replace(technical, ''), code).not.toMatch(/[A-Za-z]/);
      }
    }
  });
});
