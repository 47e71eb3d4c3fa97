import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../storage/testDb.ts';
import { createProject } from '../../storage/projectStore.ts';
import { writeDocumentBatch, type IncomingDocument } from '../../storage/documentStore.ts';
import { parseTawsimJsonl } from '../../core/formats/tawsimJsonl.ts';
import { defaultExportOptions } from './exportOptions.ts';
import { exportProject } from './exportProject.ts';

function doc(text: string, annotator: string, status: 'done' | 'in_progress', words: string[]): IncomingDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  const entities = words.map((word, i) => ({ id: `e${i + 1}`, start: text.indexOf(word), end: text.indexOf(word) + word.length, label: 'GPE' }));
  return { id: hash.slice(0, 16), hash, text, meta: { kind: 'text' }, annotations: { annotator, status, entities, events: [], stance: [] } };
}

async function project() {
  const db = await openTestDb();
  await createProject(db, 'p', 'P');
  await writeDocumentBatch(db, 'p', [
    doc('😀🇲🇦 زار الوفد الرباط ثم فاس.', 'amal', 'done', ['الرباط', 'فاس']),
    doc('وصل الرئيس إلى القاهرة 👍🏽 صباحًا.', 'amal', 'in_progress', ['القاهرة']),
  ]);
  await writeDocumentBatch(db, 'p', [doc('😀🇲🇦 زار الوفد الرباط ثم فاس.', 'omar', 'done', ['فاس'])]);
  return db;
}

const text = (parts: (string | Uint8Array)[]) => parts.map((p) => (typeof p === 'string' ? p : strFromU8(p))).join('');

describe('exportProject', () => {
  it('writes Tawsim JSONL in code points that slice like Python, one line per document and annotator', async () => {
    const db = await project();
    const result = await exportProject(db, 'p', { ...defaultExportOptions, annotators: ['amal', 'omar'] });
    const lines = text(result.parts).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => `${l.annotator}:${l.status}`)).toEqual(['amal:done', 'omar:done', 'amal:in_progress']);
    for (const line of lines) {
      expect(line.offset_unit).toBe('codepoint');
      for (const entity of line.entities) expect([...line.text].slice(entity.start, entity.end).join('')).toBe(entity.text);
    }
    const reread = parseTawsimJsonl(text(result.parts), 'export.jsonl');
    expect(reread.problems).toEqual([]);
    expect(reread.documents).toHaveLength(3);
  });

  it('writes every document of a project of several pages once, in import order, with progress to the end', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    await createProject(db, 'p2', 'Neighbour');
    const texts = Array.from({ length: 450 }, (_, i) => `خبر رقم ${i} من الرباط`);
    await writeDocumentBatch(db, 'p', texts.map((t) => doc(t, 'amal', 'done', ['الرباط'])));
    await writeDocumentBatch(db, 'p2', [doc('خبر من مشروع آخر', 'amal', 'done', [])]);
    const progress: number[] = [];
    const result = await exportProject(db, 'p', { ...defaultExportOptions, annotators: ['amal'] }, (p) => progress.push(p.documentsDone));
    expect(text(result.parts).trimEnd().split('\n').map((line) => JSON.parse(line).text)).toEqual(texts);
    expect(progress.at(-1)).toBe(450);
  });

  it('writes the documents nobody chose has annotated as lines that read back, when asked', async () => {
    const db = await project();
    const result = await exportProject(db, 'p', { ...defaultExportOptions, annotators: ['omar'], includeUnannotated: true });
    const reread = parseTawsimJsonl(text(result.parts), 'export.jsonl');
    expect(reread.problems).toEqual([]);
    expect(reread.documents.map((d) => [d.annotator, d.status, d.entities.length])).toEqual([['omar', 'done', 1], ['imported', 'new', 0]]);
  });

  it('keeps to the chosen annotators, done documents and search', async () => {
    const db = await project();
    const done = await exportProject(db, 'p', { ...defaultExportOptions, annotators: ['amal'], documents: 'done' });
    expect(text(done.parts).trimEnd().split('\n')).toHaveLength(1);
    const search = await exportProject(db, 'p', { ...defaultExportOptions, annotators: ['amal', 'omar'], documents: 'search', search: 'القاهره' });
    expect(text(search.parts)).toContain('القاهرة');
    expect(text(search.parts).trimEnd().split('\n')).toHaveLength(1);
  });

  it('zips brat files per annotator, and UTF-16 offsets are an option', async () => {
    const db = await project();
    const brat = await exportProject(db, 'p', { ...defaultExportOptions, format: 'brat', annotators: ['omar'] });
    const files = unzipSync(brat.parts[0] as Uint8Array);
    const names = Object.keys(files).sort();
    expect(names.some((n) => n.endsWith('.ann'))).toBe(true);
    expect(names.some((n) => n.endsWith('.txt'))).toBe(true);
    const utf16 = await exportProject(db, 'p', { ...defaultExportOptions, annotators: ['omar'], offsetUnit: 'utf16' });
    const [line] = text(utf16.parts).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(line.offset_unit).toBe('utf16');
    expect(line.text.slice(line.entities[0].start, line.entities[0].end)).toBe('فاس');
  });
});
