import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { arbitraryDocuments } from './arbitraryDocuments.ts';
import { exportBrat } from './bratStandoff.ts';
import { exportConllBio } from './conllBio.ts';
import { exportDoccanoJsonl } from './doccanoJsonl.ts';
import { exportHuggingFaceTokens, huggingFaceLabelNames, parseHuggingFaceTokens } from './huggingFaceTokens.ts';
import { exportLabelStudioJson } from './labelStudioJson.ts';
import { exportStanceClassification } from './stanceClassification.ts';
import { exportTawsimJsonl } from './tawsimJsonl.ts';

/*
 * The promise to data scientists: every export loads in Python without a fix-up
 * script, and with code point offsets `text[start:end]` is the span the app showed.
 * The exports of hostile texts are read by docs/python/tawsim_exports.py (standard
 * library only) in a real python3, and what Python slices is compared with the
 * spans as the app holds them (UTF-16 offsets, sliced in JavaScript).
 */

const READER = join(dirname(fileURLToPath(import.meta.url)), '../../../docs/python/tawsim_exports.py');
const work = mkdtempSync(join(tmpdir(), 'tawsim-python-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function python(format: string, ...paths: string[]): unknown {
  return JSON.parse(execFileSync('python3', [READER, format, ...paths], { encoding: 'utf8' }));
}

function write(name: string, content: string): string {
  const path = join(work, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A news sentence with what scraped text brings: emoji and flags before spans, tashkeel, joiners, bidi controls, odd spaces. */
const NEWS: AnnotatedDocument = {
  id: 'news1',
  // The last words are parted by what Python's str.split() takes for whitespace and JavaScript's \s does not (NEL, as a
  // misdecoded "…" is, and the information separators), and by line and paragraph separators.
  text: '🇲🇦 قالَ وزيرُ الخارجيّة 👨‍👩‍👧 في الرباط\u00A0اليوم: «نقابة \u2066UMT\u2069 تُطالب» 😀 بالعاصمة\nمصر\u200Cية و𝕏 ٣٫٥ قال\u0085تونس\u2028ليبيا\u001Cمصر\u2029قطر\u001Fعمان',
  meta: { kind: 'text' },
  annotator: 'سارة',
  status: 'done',
  entities: [],
  events: [],
  stance: [],
};
for (const [surface, label] of [['الخارجيّة', 'ORG'], ['الرباط', 'GPE'], ['UMT', 'ORG'], ['نقابة \u2066UMT\u2069', 'ORG'], ['العاصمة', 'GPE'], ['مصر\u200Cية', 'NORP'], ['𝕏', 'PRODUCT'], ['ليبيا', 'GPE'], ['قطر\u001Fعمان', 'GPE']] as const) {
  const start = NEWS.text.indexOf(surface);
  NEWS.entities.push({ id: `e${NEWS.entities.length + 1}`, start, end: start + surface.length, label });
}
NEWS.events.push({ id: 'v1', type: 'Contact:Meet', trigger: { start: NEWS.text.indexOf('قالَ'), end: NEWS.text.indexOf('قالَ') + 4 }, arguments: [{ role: 'Place', entity: 'e2' }] });
NEWS.stance.push({ id: 's1', target: 'UMT 😀', targetEntity: 'e3', label: 'favor' });

/** The hostile documents: the news sentence, and 120 random ones (fixed seed) from the format tests' generator. */
function documents(): AnnotatedDocument[] {
  const seen = new Set([NEWS.id]);
  const random = fc.sample(arbitraryDocuments(), { seed: 20261130, numRuns: 40 }).flat();
  return [NEWS, ...random.filter((doc) => !seen.has(doc.id) && seen.add(doc.id) !== undefined)];
}
const DOCS = documents();
const LABELS = [...new Set(DOCS.flatMap((doc) => doc.entities.map((entity) => entity.label)))].sort();

/** [start, end, label, surface] of each span, the surface sliced as the app slices it. */
const surfaces = (doc: AnnotatedDocument) => doc.entities.map((entity) => [entity.label, doc.text.slice(entity.start, entity.end)]);

describe('exports read in Python', () => {
  it('has a python3 to run', () => {
    expect(execFileSync('python3', ['--version'], { encoding: 'utf8' })).toMatch(/^Python 3\./);
  });

  it('Tawsim JSONL: text[start:end] is each span and its stated text, for entities and triggers', () => {
    const path = write('tawsim.jsonl', [...exportTawsimJsonl(DOCS, { offsetUnit: 'codepoint' })].join(''));
    const read = python('tawsim', path) as { id: string; annotator: string; entities: [number, number, string, string, string][]; triggers: [number, number, string, string, string][]; stance: unknown[] }[];
    expect(read.map((doc) => doc.id)).toEqual(DOCS.map((doc) => doc.id));
    read.forEach((doc, i) => {
      const source = DOCS[i]!;
      expect(doc.annotator).toBe(source.annotator);
      expect(doc.entities.map(([, , label, sliced]) => [label, sliced])).toEqual(surfaces(source));
      for (const [, , , sliced, stated] of [...doc.entities, ...doc.triggers]) expect(sliced).toBe(stated);
      expect(doc.triggers.map(([, , , sliced]) => sliced)).toEqual(source.events.flatMap((v) => (v.trigger ? [source.text.slice(v.trigger.start, v.trigger.end)] : [])));
      expect(doc.stance).toEqual(source.stance.map((s) => [s.target, s.targetEntity, s.label]));
    });
  });

  it('doccano JSONL, both shapes: text[start:end] is each span', () => {
    for (const relations of [false, true]) {
      const path = write(`doccano-${relations}.jsonl`, [...exportDoccanoJsonl(DOCS, { offsetUnit: 'codepoint', relations })].join(''));
      const read = python('doccano', path) as { id: string; entities: [number, number, string, string][] }[];
      expect(read.map((doc) => doc.entities.map(([, , label, sliced]) => [label, sliced]))).toEqual(DOCS.map(surfaces));
    }
  });

  it('Label Studio JSON: text[start:end] is each result and its value.text', () => {
    const path = write('labelstudio.json', exportLabelStudioJson(DOCS, { offsetUnit: 'codepoint' }));
    const read = python('labelstudio', path) as { id: string; entities: [number, number, string, string, string][] }[];
    expect(read.map((doc) => doc.entities.map(([, , label, sliced]) => [label, sliced]))).toEqual(DOCS.map(surfaces));
    for (const doc of read) for (const [, , , sliced, stated] of doc.entities) expect(sliced).toBe(stated);
  });

  it('brat: the text file sliced at each T line is its surface', () => {
    const directory = join(work, 'brat');
    for (const file of exportBrat(DOCS)) write(join('brat', file.path), file.content);
    const read = python('brat', directory) as { id: string; entities: [number, number, string, string, string][] }[];
    expect(read).toHaveLength(DOCS.length);
    const lines = read.flatMap((doc) => doc.entities);
    expect(lines.length).toBeGreaterThan(100);
    for (const [, , , sliced, stated] of lines) expect(sliced).toBe(stated);
  });

  it('CoNLL: splitting lines on whitespace, as most scripts do, gives the columns written', () => {
    const path = write('export.conll', [...exportConllBio(DOCS)].join(''));
    const read = python('conll', path) as { tokens: string[]; tags: string[][] }[];
    // The file as its writer defines it: blank lines between sentences, one space between columns.
    const written = [...exportConllBio(DOCS)].join('').split(/\n\n+/).filter((chunk) => chunk.trim() !== '');
    const sentences = written.map((chunk) => chunk.split('\n').filter((line) => line !== '').map((line) => line.split(' ')));
    expect(read.map((s) => s.tokens)).toEqual(sentences.map((s) => s.map((columns) => columns[0])));
    expect(read.map((s) => s.tags)).toEqual(sentences.map((s) => s.map((columns) => columns.slice(1))));
  });

  it('Hugging Face tokens: Python decodes the integer tags into the entities Tawsim reads back', () => {
    const labelNames = huggingFaceLabelNames(LABELS);
    const data = [...exportHuggingFaceTokens(DOCS, { labelNames })].join('');
    const read = python('hf', write('data.jsonl', data), write('data.labels.json', `${JSON.stringify(labelNames)}\n`)) as { id: string; entities: [string, string][] }[];
    const back = parseHuggingFaceTokens(data, 'data.jsonl', { labelNames }).documents;
    expect(read.map((doc) => doc.entities)).toEqual(back.map((doc) => doc.entities.map((e) => [e.label, doc.text.slice(e.start, e.end)])));
    expect(read.flat().length).toBeGreaterThan(50);
  });

  it('stance JSONL: one row per stance target', () => {
    const path = write('stance.jsonl', [...exportStanceClassification(DOCS)].join(''));
    // A row names its target by text: an entity target and a free-text one of the same text are written once (a loss).
    const firstPerTarget = (doc: AnnotatedDocument) => doc.stance.filter((s, i) => doc.stance.findIndex((t) => t.target === s.target) === i);
    const rows = DOCS.flatMap((doc) => firstPerTarget(doc).map((s) => [doc.text, s.target, s.label]));
    expect(rows.length).toBeGreaterThan(10);
    expect(python('stance', path)).toEqual(rows);
  });
});
