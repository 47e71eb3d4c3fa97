import { describe, expect, it } from 'vitest';
import { parseBratDocument } from '../../../core/formats/bratStandoff.ts';
import { parseDoccanoJsonl } from '../../../core/formats/doccanoJsonl.ts';
import { parseHuggingFaceTokens } from '../../../core/formats/huggingFaceTokens.ts';
import { parseLabelStudioJson } from '../../../core/formats/labelStudioJson.ts';
import { parseStanceClassification } from '../../../core/formats/stanceClassification.ts';
import { parseTawsimJsonl } from '../../../core/formats/tawsimJsonl.ts';
import { parseCsv } from '../../../core/importers/csv.ts';
import { importFile } from '../../../core/importers/importFile.ts';
import { defaultImportOptions } from '../../../core/importers/importOptions.ts';
import { formatProblem, IMPORT_PROBLEM_CODES, importProblem, JSON_KINDS, SKIPPED_PARTS } from '../../../core/model/importProblem.ts';
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
const outsideIsolates = (text: string) => text.replace(/\u2068[^\u2069]*\u2069/g, '');
/** Names the Arabic keeps in Latin: formats, encodings, JSON names in «», literals and brat's notation. */
const technical =
  /«[^»]*»|\[start, end(, "label")?\]|JSON|UTF-8|UTF-16|U\+FFFD|NUL|BIO|B-TYPE|I-TYPE|\bO\b|conlleval|brat|\.ann|\.txt|zip|\.zip|tar|\.tar|gzip|\.gz|data|d - m - yyyy|\bnull\b|CRLF|CR|\b[TERAMN]\b/g;

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
  return Object.fromEntries(names.map((name) => [name, name === 'n' ? 3 : name === 'found' ? 'number' : 'x']));
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
      'in.jsonl:2: ليس كائن JSON (مصفوفة)؛ تُرك السطر',
    ]);
  });

  it('words a field-level problem in Arabic, the JSON names and paths as the file has them', () => {
    const detail: ImportProblemDetail = { code: 'key-not-string', values: { at: 'entities[3]: ', key: 'label', found: 'number' }, skipped: 'line' };
    // The path's colon outside its isolate: in a right-to-left sentence it goes to the path's left, before the words.
    expect(line('ar', importProblem('in.jsonl', 4, detail))).toBe('in.jsonl:4: \u2068entities[3]\u2069: الحقل «\u2068label\u2069» ليس نصًا (عدد)؛ تُرك السطر');
    expect(withoutIsolates(line('en', importProblem('in.jsonl', 4, detail)))).toBe('in.jsonl:4: entities[3]: "label" is not a string (number); line skipped');
  });

  it('counts in Arabic with the plural form the count takes', () => {
    const more = (n: number) => importProblemText(tIn('ar'), importProblem('f', 1, { code: 'more-problems', values: { n } })).text;
    expect([1, 2, 3, 11, 100].map(more)).toEqual(['مشكلة أخرى', 'مشكلتان أخريان', '3 مشكلات أخرى', '11 مشكلة أخرى', '100 مشكلة أخرى']);
  });

  it('has every code, every skipped part and every JSON type in both catalogues, the English being core’s', () => {
    for (const code of IMPORT_PROBLEM_CODES) {
      const key = `import.problem.${code}` as MessageKey;
      expect(catalogues.en[key], code).toEqual(IMPORT_PROBLEM_ENGLISH[code]);
      expect(catalogues.ar[key], code).toBeDefined();
    }
    for (const part of SKIPPED_PARTS) expect(catalogues.ar[`import.skipped.${part}`], part).toBeTruthy();
    for (const kind of JSON_KINDS) expect(catalogues.ar[`import.found.${kind}`], kind).toBeTruthy();
  });

  it('words every code in Arabic, filling every value, with no English but the values and technical names', () => {
    for (const code of IMPORT_PROBLEM_CODES) {
      for (const skipped of [undefined, ...SKIPPED_PARTS]) {
        const detail = { code, values: sampleValues(code), ...(skipped ? { skipped } : {}) } as ImportProblemDetail;
        const { text } = importProblemText(tIn('ar'), importProblem('f', 1, detail));
        expect(text, code).not.toMatch(/[{}]/);
        expect(outsideIsolates(text).replace(technical, ''), code).not.toMatch(/[A-Za-z]/);
      }
    }
  });

  it('words the problems of annotated records in Arabic, leaving in English only the names, paths and values from the file', () => {
    const tawsim = { id: 'd', text: 'abc', meta: { kind: 'text' }, annotator: 'a', status: 'done', offset_unit: 'codepoint', events: [], stance: [] };
    const entities = [5, { id: 'e1', label: 'PERS', start: 0, end: 9, text: 'a' }, { id: 'e1', label: 'PERS', start: 2, end: 1, text: 'c' }];
    const recordProblems = [
      ...parseTawsimJsonl(`{"id":5}\n${JSON.stringify({ ...tawsim, entities })}\n`, 'in.jsonl').problems,
      ...parseDoccanoJsonl('{"text":"abc","label":[[0,1]],"x":1}\n{"text":"abc","relations":[{"from_id":1,"to_id":2,"type":""}]}', 'd.jsonl').problems,
      ...parseLabelStudioJson('[{"data":{"text":"abc"},"annotations":[{"result":[{"type":"labels","id":"r1","value":{"start":0,"end":1,"text":"b"}}]}]}]', 'l.json').problems,
      ...parseHuggingFaceTokens('{"tokens":["a"],"ner_tags":[]}\n{"tokens":["a"],"ner_tags":[true]}', 'h.jsonl').problems,
      ...parseStanceClassification('{"text":"x","target":"t"}', 's.jsonl').problems,
      ...parseBratDocument({ id: 'b', txtFile: 'b.txt', txt: 'abc', annFile: 'b.ann', ann: 'T1\tPER 0 9\tabc\nX1\tx\nE1\tAttack:T9' }).problems,
    ];
    expect(recordProblems.length).toBeGreaterThan(20);
    for (const problem of recordProblems) {
      expect(withoutIsolates(line('en', problem))).toBe(formatProblem(problem));
      const { text } = importProblemText(tIn('ar'), problem);
      expect(outsideIsolates(text), problem.reason).not.toMatch(/\b(is|not|missing|neither|does|exist|empty|offset|used|twice|tokens|tags|holds)\b/);
      expect(outsideIsolates(text).replace(technical, ''), problem.reason).not.toMatch(/[A-Za-z]/);
    }
    const arabic = recordProblems.slice(0, 3).map((problem) => withoutIsolates(line('ar', problem)));
    expect(arabic).toEqual(['in.jsonl:1: الحقل «id» ليس نصًا (عدد)؛ تُرك السطر', 'in.jsonl:1: لا حقل «text»؛ تُرك السطر', 'in.jsonl:1: لا حقل «annotator»؛ تُرك السطر']);
    const offsets = recordProblems.filter((problem) => problem.code === 'offset-outside-text').map((problem) => withoutIsolates(line('ar', problem)));
    expect(offsets).toEqual(['in.jsonl:2: entities[1]: "end": الإزاحة 9 خارج النص (0..3)؛ تُرك السطر']);
  });
});
