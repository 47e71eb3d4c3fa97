import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from '../formats/annotatedDocument.ts';
import { detectAnnotationFormat } from '../formats/annotationFormat.ts';
import { arbitraryText, boundaries, PROPERTY_TIMEOUT } from '../formats/arbitraryDocuments.ts';
import { readAnnotatedInput } from '../formats/readAnnotatedInputs.ts';
import { exportTawsimJsonl, parseTawsimJsonl } from '../formats/tawsimJsonl.ts';
import type { ImportProblem } from '../model/importProblem.ts';
import { importFile } from './importFile.ts';
import { defaultImportOptions } from './importOptions.ts';

/*
 * The hostile corpus of e2e/fixtures/hostile/, read the way the import dialog reads it:
 * annotation formats by their reader, everything else by importFile. The same files
 * go through the CLI (src/cli/hostileCorpus.test.ts) and the dialog (e2e).
 */
const corpus = new URL('../../../e2e/fixtures/hostile/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', corpus), 'utf8')) as Record<
  string,
  { documents: number; problemLines: (number | null)[]; spans?: number }
>;
const names = readdirSync(corpus).filter((name) => name !== 'README.md' && name !== 'expected.json').sort();

interface Outcome {
  texts: string[];
  problems: ImportProblem[];
  annotated: AnnotatedDocument[];
}

function importAny(bytes: Uint8Array, name: string): Outcome {
  const format = detectAnnotationFormat(name, new TextDecoder().decode(bytes));
  if (format !== null) {
    const result = readAnnotatedInput({ kind: 'file', file: { name, bytes }, format });
    return { texts: result.documents.map((d) => d.text), problems: result.problems, annotated: result.documents };
  }
  const result = importFile(bytes, name, defaultImportOptions);
  return { texts: result.documents.map((d) => d.text), problems: result.problems, annotated: [] };
}

/** What must hold for any input: every problem names the file, a real line or none, and a reason. */
function checkProblems(outcome: Outcome, name: string) {
  for (const problem of outcome.problems) {
    expect(problem.file).toBe(name);
    expect(problem.line === null || (Number.isInteger(problem.line) && problem.line >= 1)).toBe(true);
    expect(problem.reason.length).toBeGreaterThan(5);
  }
}

/** Every span's stored offsets slice out exactly the text the source line gave it. */
function checkSpansExact(outcome: Outcome, bytes: Uint8Array) {
  const sourceLines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  let spans = 0;
  for (const doc of outcome.annotated) {
    const line = doc.meta.line;
    const source = typeof line === 'number' ? (JSON.parse(sourceLines[line - 1] as string) as Record<string, unknown>) : null;
    for (const entity of doc.entities) {
      spans++;
      const slice = doc.text.slice(entity.start, entity.end);
      expect(Number.isInteger(entity.start) && Number.isInteger(entity.end)).toBe(true);
      expect(entity.start).toBeGreaterThanOrEqual(0);
      expect(entity.end).toBeLessThanOrEqual(doc.text.length);
      expect(entity.start).toBeLessThan(entity.end);
      // Never cut a surrogate pair.
      expect(slice).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      const given = source && Array.isArray(source.entities) ? (source.entities as { id: string; text: string }[]).find((e) => e.id === entity.id)?.text : undefined;
      if (given !== undefined) expect(slice).toBe(given);
    }
  }
  return spans;
}

describe('hostile corpus through the core importers', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect(names).toEqual(Object.keys(expected).sort());
  });

  it.each(names)('%s: no throw, problems with file and line, good records kept, offsets exact', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, corpus)));
    const started = performance.now();
    const outcome = importAny(bytes, name);
    expect(performance.now() - started).toBeLessThan(5_000);
    checkProblems(outcome, name);
    const want = expected[name]!;
    expect(outcome.texts).toHaveLength(want.documents);
    expect([...new Set(outcome.problems.map((p) => p.line))]).toEqual(want.problemLines);
    for (const text of outcome.texts) {
      expect(text).not.toMatch(/\r/);
      expect(text.startsWith('\uFEFF')).toBe(false);
    }
    const spans = checkSpansExact(outcome, bytes);
    expect(spans).toBe(want.spans ?? 0);
  });

  it('keeps every character of the tricky plain texts, line endings aside', () => {
    for (const name of ['bidi-trojan.txt', 'combining-deep.txt', 'zwj-zwnj.txt', 'lone-cr.txt']) {
      const raw = readFileSync(new URL(name, corpus), 'utf8');
      expect(importAny(new Uint8Array(readFileSync(new URL(name, corpus))), name).texts).toEqual([raw.replace(/\r\n?/g, '\n').trimEnd()]);
    }
  });

  it('keeps markup in text and metadata as the very characters of the file', () => {
    const bytes = new Uint8Array(readFileSync(new URL('html-payloads.jsonl', corpus)));
    const result = importFile(bytes, 'html-payloads.jsonl', defaultImportOptions);
    const first = JSON.parse(new TextDecoder().decode(bytes).split('\n')[0] as string) as Record<string, string>;
    expect(result.documents[0]?.text).toBe(first.text);
    expect(result.documents[0]?.meta).toMatchObject({ title: first.title, source: first.source, url: first.url });
    const csv = importFile(new Uint8Array(readFileSync(new URL('csv-quoting.csv', corpus))), 'csv-quoting.csv', defaultImportOptions);
    expect(csv.documents.map((d) => d.text)).toEqual([
      'سطر أول من <b>خبر</b>\nسطر ثان, بفاصلة',
      '\u202eمقلوب\u202c و"اقتباس" \u200f123',
      'نص ثالث 😀 \u200d👩\u200d👩\u200d👧',
    ]);
    expect(csv.documents[0]?.meta).toMatchObject({ title: 'عنوان', '<img src=x onerror="window.__pwned=1">': '<script>window.__pwned=1</script>' });
  });

  it('names a file whose name is markup, as given', () => {
    const name = '<img src=x onerror=alert(1)>.txt';
    const result = importFile(new TextEncoder().encode('اسم ملف خبيث'), name, defaultImportOptions);
    expect(result.documents.map((d) => d.meta.file)).toEqual([name]);
    const binary = importFile(new Uint8Array([0x61, 0, 0x62]), name, defaultImportOptions);
    expect(binary.problems).toMatchObject([{ file: name, line: null, reason: expect.stringContaining('binary') }]);
  });

  it('imports a single 10 MB line in time, as text and as JSONL', () => {
    const line = 'كلمة😀 word ١٢٣ '.repeat(400_000);
    const bytes = new TextEncoder().encode(line);
    expect(bytes.length).toBeGreaterThanOrEqual(10_000_000);
    const started = performance.now();
    expect(importFile(bytes, 'ten-mb-line.txt', defaultImportOptions).documents.map((d) => d.text)).toEqual([line.trimEnd()]);
    const jsonl = importFile(new TextEncoder().encode(`${JSON.stringify({ text: line })}\n{"text":"بعده"}\n`), 'ten-mb-line.jsonl', defaultImportOptions);
    expect(jsonl.documents.map((d) => d.text)).toEqual([line, 'بعده']);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

// Generated text with CR, CRLF, NUL-free controls, besides what arbitraryText mixes.
const importedText = fc
  .tuple(arbitraryText, fc.array(fc.constantFrom('\r\n', '\r', '\u0001', '\u001F', '\u007F', '\u2028', '\uFFFD', '\u202E', 'abc', 'نص'), { maxLength: 6 }))
  .map(([text, extra]) => text + extra.join(''));

describe('importers, property-based', () => {
  it('JSONL keeps any text exactly, CR line ends aside', () => {
    fc.assert(
      fc.property(fc.array(importedText, { minLength: 1, maxLength: 5 }), (texts) => {
        const input = texts.map((text) => JSON.stringify({ text, title: text })).join('\n');
        const result = importFile(new TextEncoder().encode(input), 'p.jsonl', defaultImportOptions);
        const kept = texts.map((t) => t.replace(/\r\n?/g, '\n')).filter((t) => t.trim() !== '');
        expect(result.documents.map((d) => d.text)).toEqual(kept);
        expect(result.documents.every((d) => d.meta.line !== undefined)).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);

  it('plain text changes nothing but line ends, trailing whitespace and blank lines around', () => {
    fc.assert(
      fc.property(importedText, (text) => {
        const result = importFile(new TextEncoder().encode(text), 'p.txt', { ...defaultImportOptions, format: 'txt' });
        const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
        while (lines[0] === '') lines.shift();
        while (lines[lines.length - 1] === '') lines.pop();
        const want = lines.join('\n');
        expect(result.documents.map((d) => d.text)).toEqual(want.trim() === '' ? [] : [want]);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('imported text, annotated on code point boundaries, survives Tawsim JSONL export and import', () => {
    const annotated = importedText
      .map((text) => importFile(new TextEncoder().encode(JSON.stringify({ text })), 'p.jsonl', defaultImportOptions).documents[0]?.text ?? 'نص')
      .chain((text) => {
        const offsets = boundaries(text);
        const span = fc
          .tuple(fc.integer({ min: 0, max: offsets.length - 1 }), fc.integer({ min: 0, max: offsets.length - 1 }))
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => ({ start: offsets[Math.min(a, b)] as number, end: offsets[Math.max(a, b)] as number }));
        return fc.tuple(fc.constant(text), fc.array(span, { maxLength: 5 }));
      });
    fc.assert(
      fc.property(annotated, fc.constantFrom('codepoint' as const, 'utf16' as const), ([text, ranges], offsetUnit) => {
        const doc: AnnotatedDocument = {
          id: 'd1',
          text,
          meta: { kind: 'text' },
          annotator: 'ali',
          status: 'in_progress',
          entities: ranges.map((range, i) => ({ id: `e${i}`, ...range, label: i % 2 ? '<b>ORG</b>' : 'GPE' })),
          events: [],
          stance: [],
        };
        const file = [...exportTawsimJsonl([doc], { offsetUnit })].join('');
        const back = parseTawsimJsonl(file, 'p.jsonl');
        expect(back.problems).toEqual([]);
        expect(back.documents).toHaveLength(1);
        const [read] = back.documents;
        expect(read?.text).toBe(text);
        expect(read?.entities.map((e) => [e.start, e.end, e.label, read.text.slice(e.start, e.end)])).toEqual(
          doc.entities.map((e) => [e.start, e.end, e.label, text.slice(e.start, e.end)]),
        );
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);
});
