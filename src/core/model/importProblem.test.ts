import { describe, expect, it } from 'vitest';
import { formatProblem, IMPORT_PROBLEM_CODES, importProblem } from './importProblem.ts';
import type { ImportProblemDetail } from './importProblem.ts';
import { IMPORT_PROBLEM_ENGLISH } from './importProblemEnglish.ts';

const reason = (detail: ImportProblemDetail) => importProblem('f', 1, detail).reason;

describe('importProblem', () => {
  it('words each problem in the English the importers always printed', () => {
    expect(reason({ code: 'empty-file', values: {} })).toBe('empty file');
    expect(reason({ code: 'not-utf8', values: { percent: 42 } })).toBe('binary file or not UTF-8 text (42% of characters undecodable); save it as UTF-8');
    expect(reason({ code: 'missing-column', values: { column: 'text', columns: 's1, s2, stance' } })).toBe('the header has no column "text" (its columns: s1, s2, stance)');
    expect(reason({ code: 'missing-text-field', values: { field: 'body' } })).toBe('missing "body" field');
    expect(reason({ code: 'invalid-json', values: { detail: 'Unexpected end of JSON input' }, skipped: 'line' })).toBe('invalid JSON (Unexpected end of JSON input); line skipped');
    expect(reason({ code: 'field-count', values: { n: 1, columns: 3 }, skipped: 'row' })).toBe('the row has 1 fields and the header 3; row skipped');
    expect(reason({ code: 'repeated-document', values: { document: '"d1"', annotator: '"sara"', line: '1' }, skipped: 'line' })).toBe(
      'document "d1" by annotator "sara" is already on line 1; line skipped',
    );
    expect(reason({ code: 'key-not-string', values: { at: 'entities[3]: ', key: 'label', found: 'number' }, skipped: 'line' })).toBe(
      'entities[3]: "label" is not a string (number); line skipped',
    );
    expect(reason({ code: 'missing-key', values: { at: '', key: 'offset_unit' } })).toBe('missing "offset_unit"');
  });

  it('gives a count the English plural it takes', () => {
    expect(reason({ code: 'predictions-left-out', values: { n: 1 } })).toBe('1 prediction is left out');
    expect(reason({ code: 'predictions-left-out', values: { n: 3 } })).toBe('3 predictions are left out');
    expect(reason({ code: 'more-problems', values: { n: 12 }, skipped: 'line' })).toBe('12 more problems; line skipped');
  });

  it('leaves a value holding braces as it is', () => {
    expect(reason({ code: 'label-not-in-schema', values: { path: 'entities[0]', label: '"{n}"' } })).toBe('entities[0]: label "{n}" is not in the schema');
  });

  it('is plain data, as a structured clone keeps it', () => {
    const problem = importProblem('a.csv', 3, { code: 'empty-column', values: { column: 'text' } });
    expect(structuredClone(problem)).toEqual(problem);
    expect(formatProblem(problem)).toBe('a.csv:3: column "text" is empty');
  });

  it('writes braces only as {name} placeholders, which the interface fills in too', () => {
    for (const code of IMPORT_PROBLEM_CODES) {
      const template = IMPORT_PROBLEM_ENGLISH[code];
      const texts: string[] = typeof template === 'string' ? [template] : [template.one, template.other];
      for (const text of texts) expect(text, code).toMatch(/^[^{}]*(\{\w+\}[^{}]*)*$/);
    }
  });
});
