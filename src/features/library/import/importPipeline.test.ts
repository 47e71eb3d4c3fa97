import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultImportOptions } from '../../../core/importers/importOptions.ts';
import { openTestDb, refuseAddsForQuota } from '../../../storage/testDb.ts';
import { getAnnotationRecord } from '../../../storage/annotationWrites.ts';
import { createProject, getProject } from '../../../storage/projectStore.ts';
import { getProjectSchema } from '../../../storage/schemaStore.ts';
import { countDocumentsByKind, listDocumentsPage } from '../../../storage/documentStore.ts';
import { blobInput, type ImportInput } from './importInput.ts';
import { runImport } from './importPipeline.ts';
import type { GroupParser } from './groupParser.ts';
import { parseGroup } from './parseGroup.ts';
import { defaultAnnotationImport } from './annotationImportOptions.ts';
import { exportTawsimJsonl } from '../../../core/formats/tawsimJsonl.ts';
import { exportBrat } from '../../../core/formats/bratStandoff.ts';
import { exportHuggingFaceTokens, huggingFaceLabelNames } from '../../../core/formats/huggingFaceTokens.ts';
import { gzipSync, strToU8, zipSync } from 'fflate';
import type { AnnotatedDocument } from '../../../core/formats/annotatedDocument.ts';
import { SUGGESTION_ANNOTATOR } from '../../../core/model/annotation.ts';
import { encodeExchangeFile } from '../../../core/exchange/exchangeFile.ts';
import { createProjectBundle } from '../../../core/exchange/projectBundle.ts';
import { createWorkPackage } from '../../../core/exchange/workPackage.ts';
import { defaultSchema } from '../../../core/schema/defaultSchema.ts';
import { previewUnit } from './filePreview.ts';

const seed = readFileSync(new URL('../../../../public/demo/000_884f1ecf36255e5d.txt', import.meta.url));

function input(name: string, bytes: Uint8Array | string): ImportInput {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.length, read: async () => data };
}

/** A headline with its place tagged GPE, by `annotator`. */
function taggedHeadline(annotator: string): AnnotatedDocument {
  const text = 'الأمن يوقف عصابة في الدار البيضاء';
  const at = text.indexOf('الدار البيضاء');
  return { id: 'h1', text, meta: { kind: 'headline' }, annotator, status: 'done', entities: [{ id: 'e1', start: at, end: at + 13, label: 'GPE' }], events: [], stance: [] };
}

describe('runImport', () => {
  it('imports the seed page: one article and 58 headlines, in order, then finds them all duplicates', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const first = await runImport({ db, projectId: 'p', inputs: [input('seed.txt', seed)], options: defaultImportOptions });
    expect(first).toMatchObject({ imported: 59, duplicates: 0, problemCount: 0, filesDone: 1 });
    expect(await countDocumentsByKind(db, 'p')).toEqual({ article: 1, headline: 58, text: 0 });
    const [article] = await listDocumentsPage(db, 'p', 0, 1);
    expect(article?.meta).toMatchObject({ kind: 'article', source: 'الاتحاد الاشتراكي', date: '2013-03-11' });
    const again = await runImport({ db, projectId: 'p', inputs: [input('seed-copy.txt', seed)], options: defaultImportOptions });
    expect(again).toMatchObject({ imported: 0, duplicates: 59 });
    expect((await getProject(db, 'p'))?.docCount).toBe(59);
  });

  it('reads the text of CSV rows and of JSON array elements from the field the options name', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const options = { ...defaultImportOptions, textField: 'sentence' };
    const csv = input('rows.csv', 'id,sentence\n1,هاجم مسلحون مركزا للشرطة\n');
    const tasks = input('tasks.json', '[{"sentence": "انتخب البرلمان رئيسا جديدا", "id": "t1"}]');
    const summary = await runImport({ db, projectId: 'p', inputs: [csv, tasks], options });
    expect(summary).toMatchObject({ imported: 2, problemCount: 0 });
    const docs = await listDocumentsPage(db, 'p', 0, 10);
    expect(docs.map((doc) => [doc.meta.file, doc.title])).toEqual([['rows.csv', 'هاجم مسلحون مركزا للشرطة'], ['tasks.json', 'انتخب البرلمان رئيسا جديدا']]);
  });

  it('refuses a project bundle or work package dropped here, saying where each opens, and previews it as what it is', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const project = { id: 'q', name: 'Q' };
    const bundle = encodeExchangeFile(createProjectBundle({ project, schema: defaultSchema(), documents: [], annotations: [] }, new Date()));
    const pkg = encodeExchangeFile(createWorkPackage({ annotator: 'Amal', project, schema: defaultSchema(), documents: [] }, new Date()));
    const inputs = [input('q.tawsim-bundle.json.gz', bundle), input('amal.tawsim-work.json.gz', pkg), input('notes.txt', 'وفد برلماني فرنسي يزور العيون')];
    const summary = await runImport({ db, projectId: 'p', inputs, options: defaultImportOptions });
    expect(summary).toMatchObject({ imported: 1, problemCount: 2 });
    expect(summary.problems.map((problem) => `${problem.file}: ${problem.reason}`)).toEqual([
      'q.tawsim-bundle.json.gz: a project bundle is not imported into a project: open it from the projects screen (“Open a project bundle”), which makes a new project of it',
      'amal.tawsim-work.json.gz: a work package is not imported here: choose it under “Import work packages” on the project’s Review and agreement screen',
    ]);
    const preview = previewUnit({ main: inputs[0]!, kind: 'file' }, bundle, undefined, defaultImportOptions, defaultAnnotationImport, 0);
    expect(preview).toMatchObject({ format: 'tawsim-project-bundle', documents: 0, problemCount: 1 });
  });

  it('writes many batches in order while reporting bad files and lines', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const lines = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ text: `وثيقة رقم ${i}` }));
    lines.splice(10, 0, '{"text": broken');
    const inputs = [input('many.jsonl', lines.join('\n')), input('empty.txt', ''), input('binary.txt', new Uint8Array([0x41, 0, 0x42]))];
    const progress: number[] = [];
    const summary = await runImport({ db, projectId: 'p', inputs, options: defaultImportOptions, onProgress: (p) => progress.push(p.imported) });
    expect(summary).toMatchObject({ imported: 2500, duplicates: 0, problemCount: 3, filesDone: 3 });
    expect(summary.problems.map((p) => `${p.file}:${p.line ?? ''}`)).toEqual(['many.jsonl:11', 'empty.txt:', 'binary.txt:']);
    const page = await listDocumentsPage(db, 'p', 2499, 5);
    expect(page.map((r) => r.title)).toEqual(['وثيقة رقم 2499']);
    expect(progress.length).toBeGreaterThan(0);
  }, 30_000);

  it('with batches queued behind each other, skips and counts duplicates within and across batches', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    // Four batches: texts 0–1699 then the same again (duplicates across batches), then 50 texts twice within the last batch.
    const texts = Array.from({ length: 3500 }, (_, i) => (i < 3400 ? `وثيقة رقم ${i % 1700}` : `خبر ${i % 50}`));
    const lines = texts.map((text) => JSON.stringify({ text }));
    lines.splice(2500, 0, '{"text": broken');
    const summary = await runImport({ db, projectId: 'p', inputs: [input('many.jsonl', lines.join('\n'))], options: defaultImportOptions });
    expect(summary).toMatchObject({ imported: 1750, duplicates: 1750, problemCount: 1 });
    expect(summary.problems.map((p) => `${p.file}:${p.line ?? ''}`)).toEqual(['many.jsonl:2501']);
    const stored = await listDocumentsPage(db, 'p', 0, 2000);
    expect(stored.map((r) => r.title)).toEqual([...new Set(texts)]);
    expect(await db.count('texts')).toBe(1750);
    expect((await getProject(db, 'p'))?.docCount).toBe(1750);
  }, 30_000);

  it('when a batch fails for quota, reports it and writes none of the batches after it', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const texts = Array.from({ length: 3500 }, (_, i) => `وثيقة رقم ${i}`);
    const input1 = input('many.jsonl', texts.map((text) => JSON.stringify({ text })).join('\n'));
    // The second batch (documents 1000–1999) is refused while the third is already queued behind it.
    const restore = refuseAddsForQuota('texts', (value) => (value as { text: string }).text === texts[1500]);
    const summary = await runImport({ db, projectId: 'p', inputs: [input1], options: defaultImportOptions }).finally(restore);
    expect(summary.stopped?.reason).toBe('storage-full');
    expect(summary.stopped?.message).toMatch(/Browser storage is full/);
    expect(summary).toMatchObject({ imported: 1000, duplicates: 0 });
    const stored = await listDocumentsPage(db, 'p', 0, 5000);
    expect(stored.map((r) => r.title)).toEqual(texts.slice(0, 1000));
    expect(await db.count('texts')).toBe(1000);
    expect(await getProject(db, 'p')).toMatchObject({ docCount: 1000, nextSeq: 1000 });
    // What the summary says was kept is what a retry finds already there.
    const retry = await runImport({ db, projectId: 'p', inputs: [input1], options: defaultImportOptions });
    expect(retry).toMatchObject({ imported: 2500, duplicates: 1000 });
  }, 30_000);

  it('unpacks zip archives (as the export writes brat and Hugging Face) and gzip files, and says why one cannot be', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const annotated = taggedHeadline('amal');
    const { text } = annotated;
    // As exportProject zips them: ANNOTATOR/ID.txt and .ann; data.jsonl with data.labels.json.
    const brat = zipSync(Object.fromEntries([...exportBrat([annotated])].map((file) => [file.path, strToU8(file.content)])));
    const other = { ...annotated, text: 'وفد برلماني يزور الدار البيضاء', entities: [{ id: 'e1', start: 17, end: 30, label: 'GPE' }] };
    const labels = huggingFaceLabelNames(['GPE']);
    const hf = zipSync({ 'data.jsonl': strToU8([...exportHuggingFaceTokens([other], { labelNames: labels })].join('')), 'data.labels.json': strToU8(JSON.stringify(labels)) });
    const damaged = zipSync({ 'a.txt': strToU8('نص') }).slice(0, 40);
    // And a gzipped JSONL file, as datasets are shipped, and one cut short.
    const third = { ...other, text: 'الرباط تستضيف المؤتمر', entities: [{ id: 'e1', start: 0, end: 6, label: 'GPE' }] };
    const jsonl = gzipSync(strToU8([...exportTawsimJsonl([third], { offsetUnit: 'codepoint' })].join('')));
    const inputs = [
      input('amal.brat.zip', brat),
      input('p.hf.zip', hf),
      input('damaged.zip', damaged),
      input('empty.zip', zipSync({})),
      input('more.jsonl.gz', jsonl),
      input('cut.jsonl.gz', jsonl.slice(0, jsonl.length - 6)),
    ];
    const summary = await runImport({ db, projectId: 'p', inputs, options: defaultImportOptions, annotations: { ...defaultAnnotationImport, as: 'annotator', annotator: 'amal' } });
    expect(summary).toMatchObject({ imported: 3, problemCount: 3 });
    expect(summary.problems.map((problem) => `${problem.file}: ${problem.code}`)).toEqual([
      'damaged.zip: archive-unreadable',
      'empty.zip: archive-empty',
      'cut.jsonl.gz: gzip-unreadable',
    ]);
    const docs = await listDocumentsPage(db, 'p', 0, 10);
    // Named by where they were found; Tawsim JSONL brings its own meta, which names no file.
    expect(docs.map((doc) => [doc.title, doc.meta.file])).toEqual([
      [text, 'amal.brat.zip/amal/h1.txt'],
      [other.text, 'p.hf.zip/data.jsonl'],
      [third.text, undefined],
    ]);
    for (const doc of docs) expect((await getAnnotationRecord(db, doc.id, 'amal'))?.entities.map((e) => e.label)).toEqual(['GPE']);
    const preview = previewUnit({ main: inputs[2]!, kind: 'file' }, damaged, undefined, defaultImportOptions, defaultAnnotationImport, 0);
    expect(preview).toMatchObject({ format: 'zip', documents: 0, problemCount: 1 });
  });

  it('unpacks tar archives, gzipped or not, as brat corpora are shipped', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const fixture = (name: string) => readFileSync(new URL(`../../../core/importers/fixtures/${name}`, import.meta.url));
    const pax = fixture('brat_corpus_pax.tar');
    const damaged = new Uint8Array(pax);
    damaged[0] = damaged[0]! ^ 0x01;
    const inputs = [input('corpus.tgz', fixture('brat_corpus_gnu.tar.gz')), input('corpus.tar', pax), input('damaged.tar.gz', gzipSync(damaged))];
    const summary = await runImport({ db, projectId: 'p', inputs, options: defaultImportOptions });
    // The same two documents in each: the second archive's are duplicates. The third's tar is damaged inside a whole gzip.
    expect(summary).toMatchObject({ imported: 2, duplicates: 2, problemCount: 1 });
    expect(summary.problems.map((problem) => `${problem.file}: ${problem.reason}`)).toEqual(['damaged.tar.gz: cannot unpack the archive: the header at byte 0 is damaged']);
    const docs = await listDocumentsPage(db, 'p', 0, 10);
    expect(docs.map((doc) => doc.title)).toEqual(['نص في مسار طويل', 'وفد برلماني فرنسي يزور العيون']);
    expect((await getAnnotationRecord(db, docs[1]!.id, SUGGESTION_ANNOTATOR))?.entities.map((e) => e.label)).toEqual(['GPE']);
  });

  it('brings annotations in as suggestions or as an annotator’s work, from Tawsim JSONL and brat pairs', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const annotated = taggedHeadline('model');
    const { text } = annotated;
    const jsonl = [...exportTawsimJsonl([annotated], { offsetUnit: 'codepoint' })].join('');
    const asSuggestions = await runImport({ db, projectId: 'p', inputs: [input('pre.jsonl', jsonl)], options: defaultImportOptions });
    expect(asSuggestions).toMatchObject({ imported: 1, problemCount: 0 });
    const [record] = await listDocumentsPage(db, 'p', 0, 1);
    const suggested = await getAnnotationRecord(db, record!.id, SUGGESTION_ANNOTATOR);
    expect(suggested?.entities.map((e) => text.slice(e.start, e.end))).toEqual(['الدار البيضاء']);

    const brat = [...exportBrat([{ ...annotated, entities: [{ ...annotated.entities[0]!, label: 'LOC' }] }])].map((f) => input(f.path.split('/').pop()!, f.content));
    const asWork = await runImport({
      db, projectId: 'p', inputs: brat, options: defaultImportOptions,
      annotations: { ...defaultAnnotationImport, as: 'annotator', annotator: 'omar' },
    });
    expect(asWork).toMatchObject({ imported: 0, duplicates: 1, problemCount: 0, filesDone: 2 });
    const work = await getAnnotationRecord(db, record!.id, 'omar');
    expect(work?.status).toBe('in_progress');
    expect(work?.entities.map((e) => `${e.label}:${text.slice(e.start, e.end)}`)).toEqual(['LOC:الدار البيضاء']);
  });

  it('brings a stance table in as suggestions or as an annotator’s work', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const ans = readFileSync(new URL('../../../core/importers/fixtures/ans_stance_sample.csv', import.meta.url));
    const options = { ...defaultImportOptions, textField: 's2', targetField: 's1', labelField: 'stance' };
    const claim = 'هجوم صاروخي يستهدف مطار في طرابلس ويجبر ليبيا على تغيير مسار الرحلات الجوية';
    const asSuggestions = await runImport({ db, projectId: 'p', inputs: [input('ans.csv', ans)], options });
    expect(asSuggestions).toMatchObject({ imported: 6, problemCount: 0 });
    const [first] = await listDocumentsPage(db, 'p', 0, 1);
    const suggested = await getAnnotationRecord(db, first!.id, SUGGESTION_ANNOTATOR);
    expect(suggested?.stance.map((s) => [s.target, s.targetEntity, s.label])).toEqual([[claim, null, 'disagree']]);

    const asWork = await runImport({
      db, projectId: 'p', inputs: [input('ans.csv', ans)], options, annotations: { ...defaultAnnotationImport, as: 'annotator', annotator: '' },
    });
    expect(asWork).toMatchObject({ imported: 0, duplicates: 6, problemCount: 0 });
    const work = await getAnnotationRecord(db, first!.id, 'imported');
    expect(work?.status).toBe('in_progress');
    expect(work?.stance.map((s) => [s.target, s.label])).toEqual([[claim, 'disagree']]);
  });

  it('keeps a file’s events among the suggestions, pointing at the suggested spans', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const text = 'الأمن يوقف عصابة';
    const doc: AnnotatedDocument = {
      id: 'h1', text, meta: { kind: 'headline' }, annotator: 'model', status: 'done',
      entities: [{ id: 'e1', start: 11, end: 16, label: 'PERS' }],
      events: [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 }, arguments: [{ role: 'Person', entity: 'e1' }] }],
      stance: [],
    };
    const jsonl = [...exportTawsimJsonl([doc], { offsetUnit: 'codepoint' })].join('');
    const summary = await runImport({ db, projectId: 'p', inputs: [input('ev.jsonl', jsonl)], options: defaultImportOptions });
    expect(summary).toMatchObject({ imported: 1, problemCount: 0 });
    const [record] = await listDocumentsPage(db, 'p', 0, 1);
    const suggested = await getAnnotationRecord(db, record!.id, SUGGESTION_ANNOTATOR);
    expect(suggested?.entities.map((e) => [e.id, e.label])).toEqual([['e1', 'PERS']]);
    expect(suggested?.events).toEqual(doc.events);
  });

  it('adds the labels the annotations use and the schema lacks, in the batch that brings them, unless told not to', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const text = 'غنّت فيروز في بعلبك';
    const doc = (id: string, label: string, stance: string): AnnotatedDocument => ({
      id, text: `${text} ${id}`, meta: { kind: 'text' }, annotator: 'model', status: 'done',
      entities: [{ id: 'e1', start: 5, end: 10, label }], events: [], stance: [{ id: 's1', target: 'فيروز', targetEntity: null, label: stance }],
    });
    const jsonl = [...exportTawsimJsonl([doc('a', 'Artist', 'agree'), doc('b', 'PERS', 'favor'), doc('c', 'two words', 'agree')], { offsetUnit: 'codepoint' })].join('');
    const asWork = { ...defaultAnnotationImport, as: 'annotator' as const };

    const without = await runImport({ db, projectId: 'p', inputs: [input('a.jsonl', jsonl)], options: defaultImportOptions, annotations: { ...asWork, addLabels: false } });
    expect(without.labelsAdded).toEqual({ entities: [], stance: [], events: [] });
    expect((await getProjectSchema(db, 'p')).entities.some((label) => label.tag === 'Artist')).toBe(false);

    const added = await runImport({ db, projectId: 'p', inputs: [input('a.jsonl', jsonl)], options: defaultImportOptions, annotations: asWork });
    expect(added).toMatchObject({ duplicates: 3, labelsAdded: { entities: ['Artist'], stance: ['agree'], events: [] }, labelsRefused: ['two words'] });
    const schema = await getProjectSchema(db, 'p');
    expect(schema.entities.at(-1)).toMatchObject({ tag: 'Artist', name: { en: 'Artist', ar: 'فنان' }, hotkey: null });
    expect(schema.stanceLabels.at(-1)).toMatchObject({ tag: 'agree', hotkey: null });
    expect(schema.entities.filter((label) => label.tag === 'PERS')).toHaveLength(1);
  });

  it('keeps the first annotations of a sentence the file repeats, and reports a repeat tagged otherwise', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const conll = ['مصر B-GPE', '. O', '', 'مصر B-GPE', '. O', '', 'مصر B-LOC', '. O', ''].join('\n');
    const summary = await runImport({
      db, projectId: 'p', inputs: [input('repeats.conll', conll)], options: defaultImportOptions,
      annotations: { ...defaultAnnotationImport, as: 'annotator', annotator: 'omar' },
    });
    expect(summary).toMatchObject({ imported: 1, duplicates: 2, problemCount: 1 });
    expect(summary.problems).toMatchObject([
      { file: 'repeats.conll', line: 7, reason: 'the same text as repeats.conll:1, with other annotations; the first annotations are kept' },
    ]);
    const [record] = await listDocumentsPage(db, 'p', 0, 1);
    const work = await getAnnotationRecord(db, record!.id, 'omar');
    expect(work?.entities.map((e) => e.label)).toEqual(['GPE']);
  });

  it('reads many files in groups and gives each file exactly its own bytes', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const texts = Array.from({ length: 150 }, (_, i) => `الملف رقم ${i} ${'😀'.repeat(i % 5)}`);
    const inputs = texts.map((text, i) => {
      const bytes = new TextEncoder().encode(text);
      return { ...input(`f${i}.txt`, bytes), blob: new Blob([bytes]) };
    });
    const summary = await runImport({ db, projectId: 'p', inputs, options: defaultImportOptions });
    expect(summary).toMatchObject({ imported: 150, problemCount: 0, filesDone: 150 });
    const page = await listDocumentsPage(db, 'p', 0, 150);
    expect(page.map((r) => r.title)).toEqual(texts.map((t) => t.trimEnd()));
  });

  it('stops when cancelled and keeps what was written', async () => {
    const db = await openTestDb();
    await createProject(db, 'p', 'P');
    const signal = { cancelled: false };
    const inputs = Array.from({ length: 5 }, (_, i) => input(`f${i}.txt`, `نص الملف ${i}`));
    // The user presses Cancel while the third file is being read.
    const third = inputs[2]!;
    inputs[2] = { ...third, read: async () => { signal.cancelled = true; return third.read(); } };
    const summary = await runImport({ db, projectId: 'p', inputs: inputs.slice(0, 1), options: defaultImportOptions });
    expect(summary.imported).toBe(1);
    const rest = await runImport({ db, projectId: 'p', inputs: inputs.slice(1), options: defaultImportOptions, signal });
    expect(rest.stopped?.reason).toBe('cancelled');
    expect(rest.imported).toBe(0);
    expect(await countDocumentsByKind(db, 'p')).toEqual({ article: 0, headline: 0, text: 1 });
  });

  it('with two parsers finishing out of order, writes, dedupes and reports exactly as one thread does', async () => {
    // 200 files: four groups, two per parser; texts repeat across the groups, and some files are bad.
    const inputs = Array.from({ length: 200 }, (_, i) => {
      const text = i % 50 === 7 ? '' : `النص رقم ${i % 120}`;
      return blobInput(`f${i}.txt`, new Blob([text]));
    });
    const run = async (parsers?: GroupParser[]) => {
      const db = await openTestDb();
      await createProject(db, 'p', 'P');
      const summary = await runImport({ db, projectId: 'p', inputs, options: defaultImportOptions, ...(parsers ? { parsers } : {}) });
      const records = await listDocumentsPage(db, 'p', 0, 500);
      return { summary, stored: records.map((record) => [record.seq, record.title, record.meta.file]) };
    };
    // The first parser is slow, so the second one's groups are ready before the groups before them.
    const delayed = (turns: number): GroupParser => ({
      parse: async (group) => {
        for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 1));
        return parseGroup(group, defaultImportOptions, defaultAnnotationImport);
      },
      close: () => {},
    });
    const oneThread = await run();
    expect(oneThread.summary).toMatchObject({ imported: 119, duplicates: 77, problemCount: 4, filesDone: 200 });
    expect(await run([delayed(20), delayed(0)])).toEqual(oneThread);
  });
});
