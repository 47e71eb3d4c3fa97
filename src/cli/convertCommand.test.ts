import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_HEADLINE, writeSampleBundle } from './sampleBundle.ts';
import { tawsim, tawsimWithInput } from './tawsimProcess.ts';

const wojood = fileURLToPath(new URL('../core/formats/fixtures/wojood_sample.conll', import.meta.url));
const newsfane = fileURLToPath(new URL('../core/formats/fixtures/newsfane_sample.bio.tsv', import.meta.url));
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tawsim-convert-'));
});


function temp(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const records = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, any>);

const TIMEOUT = 60_000;

describe('tawsim convert', { timeout: TIMEOUT }, () => {
  it('CoNLL → Tawsim JSONL → CoNLL gives Wojood back, the orphan I- as B-, and says so for its line', () => {
    const jsonl = join(dir, 'wojood.jsonl');
    const first = tawsim('convert', wojood, '--to', 'jsonl', '-o', jsonl);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe(
      `${wojood}:267: I-FAC does not continue a FAC entity; read as its start, as conlleval does\n` +
        'converted 12 documents to jsonl, duplicates 0, problems 1, losses 0 (1 file)\n',
    );
    const lines = records(readFileSync(jsonl, 'utf8'));
    expect(lines[0]).toMatchObject({ annotator: 'imported', offset_unit: 'codepoint', meta: { kind: 'text', file: 'wojood_sample.conll', line: 1 } });
    for (const line of lines) {
      for (const entity of line.entities) expect([...line.text].slice(entity.start, entity.end).join('')).toBe(entity.text);
    }
    const back = tawsim('convert', jsonl, '--to', 'conll');
    expect(back.status).toBe(0);
    expect(back.stdout).toBe(readFileSync(wojood, 'utf8').replace('الفرنسي I-FAC', 'الفرنسي B-FAC'));
  });

  it('reads standard input for a FILE of -: CoNLL piped in, doccano out', () => {
    const piped = tawsimWithInput(['زار O', '😀 O', 'الرباط B-GPE', ''].join('\n'), 'convert', '-', '--to', 'doccano');
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ text: 'زار 😀 الرباط', label: [[6, 12, 'GPE']] });
    expect(piped.stderr).toBe('converted 1 document to doccano, duplicates 0, problems 0, losses 0 (1 file)\n');
    expect(tawsim('convert', '-', '-', '--to', 'jsonl').status).toBe(2);
  });

  it('NewsFANE → Hugging Face, with the label list beside it, and back to CoNLL with tabs', () => {
    const hf = join(dir, 'newsfane.jsonl');
    expect(tawsim('convert', newsfane, '--to', 'hf', '-o', hf).status).toBe(0);
    const labels = JSON.parse(readFileSync(join(dir, 'newsfane.labels.json'), 'utf8'));
    expect(labels.slice(0, 3)).toEqual(['O', 'B-Government', 'I-Government']);
    const [first] = records(readFileSync(hf, 'utf8'));
    expect(first?.tokens.slice(0, 2)).toEqual(['\u200Eفرانكفورت', '(']);
    const back = tawsim('convert', hf, '--to', 'conll', '--conll-separator', 'tab');
    const original = readFileSync(newsfane, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/^\t$/gm, '');
    expect(back.stdout).toBe(original);
  });

  it('Tawsim JSONL → brat directory → Tawsim JSONL keeps the entities, as the annotator given', () => {
    const jsonl = temp('one.jsonl', `${JSON.stringify({
      id: 'd1', text: '😀 اعتقلت الشرطة في الرباط', meta: { kind: 'text' }, annotator: 'sara', status: 'done', offset_unit: 'codepoint',
      entities: [{ id: 'e1', start: 19, end: 25, label: 'GPE', text: 'الرباط' }],
      events: [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 2, end: 8, text: 'اعتقلت' }, arguments: [{ role: 'Place', entity: 'e1' }] }],
      stance: [],
    })}\n`);
    const brat = join(dir, 'brat');
    expect(tawsim('convert', jsonl, '--to', 'brat', '-o', brat).status).toBe(0);
    expect(readdirSync(join(brat, 'sara')).sort()).toEqual(['d1.ann', 'd1.txt']);
    expect(readFileSync(join(brat, 'sara', 'd1.ann'), 'utf8')).toBe('T1\tGPE 19 25\tالرباط\nT2\tJustice.Arrest-Jail 2 8\tاعتقلت\nE1\tJustice.Arrest-Jail:T2 Place:T1\n');
    const back = tawsim('convert', brat, '--to', 'jsonl', '--annotator', 'sara');
    expect(back.status).toBe(0);
    const [line] = records(back.stdout);
    expect(line?.entities).toEqual([{ id: 'T1', start: 19, end: 25, label: 'GPE', text: 'الرباط' }]);
    expect(line?.events).toEqual([{ id: 'E1', type: 'Justice:Arrest-Jail', trigger: { start: 2, end: 8, text: 'اعتقلت' }, arguments: [{ role: 'Place', entity: 'T1' }] }]);
  });

  it('Tawsim JSONL → brat directory → Tawsim JSONL keeps each annotator, read from the folders', () => {
    const line = (annotator: string, label: string) =>
      JSON.stringify({
        id: 'd1', text: 'وفد في الرباط', meta: { kind: 'text' }, annotator, status: 'new', offset_unit: 'codepoint',
        entities: [{ id: 'e1', start: 7, end: 13, label, text: 'الرباط' }], events: [], stance: [],
      });
    const jsonl = temp('two.jsonl', `${line('amal', 'GPE')}\n${line('bilal', 'LOC')}\n`);
    const brat = join(dir, 'brat-two');
    expect(tawsim('convert', jsonl, '--to', 'brat', '-o', brat).status).toBe(0);
    const back = tawsim('convert', brat, '--to', 'jsonl');
    expect(back.stderr).toBe('converted 2 documents to jsonl, duplicates 0, problems 0, losses 0 (1 file)\n');
    expect(records(back.stdout).map((record) => [record.annotator, record.entities[0].label])).toEqual([['amal', 'GPE'], ['bilal', 'LOC']]);
    // What in the directory is no brat document is said to be left out; brat's own configuration is not.
    writeFileSync(join(brat, 'annotation.conf'), '[entities]\nGPE\n');
    writeFileSync(join(brat, 'notes.jsonl'), `${line('omar', 'GPE')}\n`);
    writeFileSync(join(brat, 'amal', 'lone.txt'), 'نص');
    const mixed = tawsim('convert', brat, '--to', 'jsonl');
    expect(mixed.stderr).toContain(`${brat}: 2 files are not brat documents and are left out (amal/lone.txt, notes.jsonl); give them as files of their own\n`);
    expect(records(mixed.stdout)).toHaveLength(2);
  });

  it('reads doccano and Label Studio (UTF-16 offsets of old versions on request), reporting bad records', () => {
    const doccano = temp('d.jsonl', '{"text":"😀 مصر","label":[[2,5,"GPE"]]}\n{"text":"x","label":[[0,9,"GPE"]]}\n');
    const fromDoccano = tawsim('convert', doccano, '--to', 'labelstudio', '--offset-unit', 'utf16');
    expect(fromDoccano.status).toBe(0);
    expect(fromDoccano.stderr).toContain(`${doccano}:2: label[0]: end: offset 9 is outside the text (0..1); line skipped`);
    const [task] = JSON.parse(fromDoccano.stdout);
    expect(task.annotations[0].result[0].value).toEqual({ start: 3, end: 6, text: 'مصر', labels: ['GPE'] });
    // The tasks state their unit, and are read in it.
    expect(task.data.offset_unit).toBe('utf16');
    const ls = temp('ls.json', fromDoccano.stdout);
    expect(records(tawsim('convert', ls, '--to', 'doccano').stdout)[0]).toMatchObject({ offset_unit: 'codepoint', label: [[2, 5, 'GPE']] });
    // Label Studio's own exports state none: those of old versions are read in UTF-16 on request.
    const old = temp('old.json', JSON.stringify([{ ...task, data: { text: task.data.text } }]));
    expect(records(tawsim('convert', old, '--to', 'doccano').stdout)).toEqual([]);
    const read = tawsim('convert', old, '--to', 'doccano', '--input-offset-unit', 'utf16');
    expect(records(read.stdout)[0]?.label).toEqual([[2, 5, 'GPE']]);
  });

  it('says a line with invalid UTF-8 is skipped where it is (doccano), and kept with U+FFFD where it is (CoNLL)', () => {
    const bad = (lines: string[]) => Uint8Array.from([...Buffer.from(`${lines[0]}\n`), 0xff, ...Buffer.from(`${lines[1]}\n${lines[2]}\n`)]);
    const doccano = temp('bad.jsonl', bad(['{"text":"أ","label":[]}', '{"text":"ب","label":[]}', '{"text":"ج","label":[]}']));
    const jsonl = tawsim('convert', doccano, '--to', 'jsonl');
    expect(jsonl.stderr).toContain(`${doccano}:2: invalid UTF-8; line skipped\n`);
    expect(records(jsonl.stdout).map((record) => record.text)).toEqual(['أ', 'ج']);
    const conll = temp('bad.conll', bad(['أ O', 'ب O', 'ج O']));
    const kept = tawsim('convert', conll, '--to', 'jsonl');
    expect(kept.stderr).toContain(`${conll}:2: invalid UTF-8; undecodable bytes replaced by U+FFFD\n`);
    expect(records(kept.stdout).map((record) => record.text)).toEqual(['أ \uFFFDب ج']);
  });

  it('converts plain text to documents without annotations', () => {
    const txt = temp('plain.txt', 'سطر أول\n\nفقرة ثانية\n');
    const { status, stdout } = tawsim('convert', txt, '--to', 'conll');
    expect(status).toBe(0);
    expect(stdout).toBe('سطر O\nأول O\n\nفقرة O\nثانية O\n');
  });

  it('reads a stance table (the ANS corpus) with the columns named by --text-field, --target-field and --label-field', () => {
    const ans = fileURLToPath(new URL('../core/importers/fixtures/ans_stance_sample.csv', import.meta.url));
    const converted = tawsim('convert', ans, '--text-field', 's2', '--target-field', 's1', '--label-field', 'stance', '--to', 'stance');
    expect(converted.status).toBe(0);
    const lines = records(converted.stdout);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toEqual({ text: 'ارتفاع قياسي لمؤشر نيكاي منذ ١٩٩١', target: 'نيكاي يرتفع لأعلى مستوى منذ 1991', label: 'agree' });
    expect(converted.stderr).toContain('converted 6 documents to stance');
    // Without the names, the file is a CSV of texts that has no "text" column.
    expect(tawsim('convert', ans, '--to', 'stance').stderr).toContain('ans_stance_sample.csv:1: the header has no column "text" (its columns: s1, s2, stance)');
  });

  it('stops without a word, with SIGPIPE’s status, when the reader of its output goes away (as validate does)', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `جملة رقم ${i} عن الحكومة`, target: 'الحكومة', label: 'favor' })).join('\n');
    const input = temp('many.jsonl', lines);
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const throughHead = (...args: string[]) => {
      const run = spawnSync('bash', ['-c', `node bin/tawsim.mjs "$@" 2>"$0" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`, join(dir, 'pipe.err'), ...args], {
        cwd: root,
        encoding: 'utf8',
      });
      return { status: run.stdout.trim(), stderr: readFileSync(join(dir, 'pipe.err'), 'utf8') };
    };
    expect(throughHead('convert', input, '--to', 'jsonl')).toEqual({ status: '141', stderr: '' });
    // validate prints a line per problem on standard output: 3000 lines that are not Tawsim JSONL.
    expect(throughHead('validate', input)).toEqual({ status: '141', stderr: '' });
  }, TIMEOUT);

  it('reads the text from the field or column named by --text-field, CSV fields split by --delimiter', () => {
    const csv = temp('marsum.csv', 'article summary\n"نص المقال" "عنوان"\n');
    const converted = tawsim('convert', csv, '--from', 'text', '--text-field', 'article', '--delimiter', 'space', '--to', 'jsonl');
    expect(converted.status).toBe(0);
    expect(records(converted.stdout).map((r) => [r.text, r.meta.summary])).toEqual([['نص المقال', 'عنوان']]);
    const tasks = temp('tasks.json', '[{"sentence": "هاجم مسلحون مركزا", "id": "t1"}]');
    expect(records(tawsim('convert', tasks, '--text-field', 'sentence', '--to', 'jsonl').stdout).map((r) => r.text)).toEqual(['هاجم مسلحون مركزا']);
    expect(tawsim('convert', csv, '--to', 'jsonl', '--delimiter', 'pipe').status).toBe(2);
    // A space-separated .txt (as MArSum is shipped) is read as CSV when --text-format says so.
    const txt = temp('marsum.txt', 'article summary\n"نص المقال" "عنوان"\n');
    const asCsv = tawsim('convert', txt, '--text-format', 'csv', '--text-field', 'article', '--delimiter', 'space', '--to', 'jsonl');
    expect(records(asCsv.stdout).map((r) => [r.text, r.meta.summary])).toEqual([['نص المقال', 'عنوان']]);
    expect(records(tawsim('convert', txt, '--to', 'jsonl').stdout)).toHaveLength(1);
    expect(tawsim('convert', txt, '--to', 'jsonl', '--text-format', 'xml').status).toBe(2);
  });

  it('to JSONL writes a repeated sentence once, so the output validates, and reports a repeat tagged otherwise; CoNLL keeps repeats', () => {
    const conll = temp('repeats.conll', ['مصر B-GPE', '. O', '', '. O', '', 'مصر B-GPE', '. O', '', 'مصر B-LOC', '. O', ''].join('\n'));
    const jsonl = join(dir, 'repeats.jsonl');
    const result = tawsim('convert', conll, '--to', 'jsonl', '-o', jsonl);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      `${conll}:9: the same text by annotator "imported" as ${conll}:1, with other annotations; the first is kept, this one skipped\n` +
        'converted 2 documents to jsonl, duplicates 1, problems 1, losses 0 (1 file)\n',
    );
    expect(records(readFileSync(jsonl, 'utf8')).map((line) => [line.text, line.entities.map((e: { label: string }) => e.label)])).toEqual([
      ['مصر .', ['GPE']],
      ['.', []],
    ]);
    const validated = tawsim('validate', jsonl);
    expect(validated.status).toBe(0);
    expect(validated.stderr).toBe('');
    // CoNLL holds repeats: CoNLL to CoNLL keeps them all.
    const same = tawsim('convert', conll, '--to', 'conll');
    expect(same.stdout).toBe(readFileSync(conll, 'utf8'));
    expect(same.stderr).toBe('converted 4 documents to conll, duplicates 0, problems 0, losses 0 (1 file)\n');
  });

  it('reads a project bundle from the app: every annotator’s and gold’s sets, not the suggestions; a work package is refused', async () => {
    const bundle = await writeSampleBundle(dir);
    const { status, stdout, stderr } = tawsim('convert', bundle, '--to', 'jsonl');
    expect(status).toBe(0);
    expect(stderr).toBe('converted 3 documents to jsonl, duplicates 0, problems 0, losses 0 (1 file)\n');
    const lines = records(stdout);
    expect(lines.map((line) => line.annotator)).toEqual(['Amal', 'Bilal', 'gold']);
    // The bundle's UTF-16 offsets come out in code points: the emoji before the place counts one, not two.
    const start = BUNDLE_HEADLINE.indexOf('العيون') - 1;
    expect(lines[2]).toMatchObject({ text: BUNDLE_HEADLINE, meta: { kind: 'headline', source: 'hespress' }, status: 'done', offset_unit: 'codepoint' });
    expect(lines[2]!.entities).toEqual([{ id: 'e1', start, end: start + 6, label: 'GPE', text: 'العيون' }]);
    expect([...BUNDLE_HEADLINE].slice(start, start + 6).join('')).toBe('العيون');

    // gold alone, for training data; a name the bundle lacks is a usage error.
    const gold = tawsim('convert', bundle, '--to', 'jsonl', '--annotators', 'gold');
    expect(records(gold.stdout).map((line) => line.annotator)).toEqual(['gold']);
    expect(gold.stderr).toBe('converted 1 document to jsonl, duplicates 0, problems 0, losses 0 (1 file)\n');
    const both = tawsim('convert', bundle, '--to', 'jsonl', '--annotators', 'gold, Amal');
    expect(records(both.stdout).map((line) => line.annotator)).toEqual(['Amal', 'gold']);
    const unknown = tawsim('convert', bundle, '--to', 'jsonl', '--annotators', 'gold,Zed');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no annotations by "Zed" in the files (annotators found: Amal, Bilal, gold)');
    expect(tawsim('convert', bundle, '--to', 'jsonl', '--annotators', ' , ').status).toBe(2);
    // Finished work alone: the bundle's sets are done, CoNLL's have no status and read as new.
    expect(records(tawsim('convert', bundle, '--to', 'jsonl', '--status', 'done').stdout)).toHaveLength(3);
    const unfinished = tawsim('convert', bundle, wojood, '--to', 'jsonl', '--status', 'new,in_progress');
    expect(new Set(records(unfinished.stdout).map((line) => line.annotator))).toEqual(new Set(['imported']));
    expect(tawsim('convert', bundle, '--to', 'jsonl', '--status', 'finished').stderr).toContain('--status takes new, in_progress, done, separated by commas, not "finished"');

    const pkg = temp('amal.tawsim-package.json', JSON.stringify({ format: 'tawsim-work-package', version: 1, offset_unit: 'utf16', annotator: 'Amal', documents: [] }));
    const refused = tawsim('convert', pkg, '--to', 'jsonl');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${pkg}: a work package holds no texts, only their hashes`);
  });

  it('reads a zip archive’s files as it reads files: brat pairs and Hugging Face labels inside it too', () => {
    const headline = 'وفد برلماني فرنسي يزور العيون';
    const place = headline.indexOf('العيون');
    const archive = zipSync({
      'amal/d1.txt': strToU8(headline),
      'amal/d1.ann': strToU8(`T1\tGPE ${place} ${place + 6}\tالعيون\n`),
      'hf/data.jsonl': strToU8(`${JSON.stringify({ id: 'x', tokens: ['زار', 'مصر'], ner_tags: [0, 1] })}\n`),
      'hf/data.labels.json': strToU8(JSON.stringify(['O', 'B-GPE', 'I-GPE'])),
      'notes.txt': strToU8('نص بلا وسوم\n'),
    });
    const zip = temp('corpus.zip', archive);
    const damaged = temp('damaged.zip', archive.slice(0, 40));
    const { status, stdout, stderr } = tawsim('convert', zip, damaged, '--to', 'jsonl');
    expect(status).toBe(0);
    expect(stderr).toBe(`${damaged}: cannot unpack the archive: invalid zip data\nconverted 3 documents to jsonl, duplicates 0, problems 1, losses 0 (2 files)\n`);
    expect(records(stdout).map((line) => [line.text, line.entities.map((e: { label: string; text: string }) => `${e.label} ${e.text}`)])).toEqual([
      [headline, ['GPE العيون']],
      ['زار مصر', ['GPE مصر']],
      ['نص بلا وسوم', []],
    ]);
  });

  it('reads a tar archive, gzipped or not, as brat corpora are shipped', () => {
    const tarGz = fileURLToPath(new URL('../core/importers/fixtures/brat_corpus_gnu.tar.gz', import.meta.url));
    const { status, stdout, stderr } = tawsim('convert', tarGz, '--to', 'jsonl');
    expect(status).toBe(0);
    expect(stderr).toBe('converted 2 documents to jsonl, duplicates 0, problems 0, losses 0 (1 file)\n');
    expect(records(stdout).map((line) => [line.text, line.entities.map((e: { label: string; text: string }) => `${e.label} ${e.text}`)])).toEqual([
      ['نص في مسار طويل', []],
      ['وفد برلماني فرنسي يزور العيون', ['GPE العيون']],
    ]);
  });

  it('rejects bad usage with status 2 and fails with 1 when nothing converts', () => {
    expect(tawsim('convert', wojood).stderr).toContain('--to is required');
    expect(tawsim('convert', wojood, '--to', 'xml').stderr).toContain('--to must be one of jsonl, doccano, labelstudio, conll, hf, brat, stance');
    expect(tawsim('convert', wojood, '--to', 'brat').stderr).toContain('--to brat writes several files: give -o');
    expect(tawsim('convert', wojood, '--to', 'conll', '--sentences-per-doc', '0').status).toBe(2);
    expect(tawsim('convert', '--to', 'conll').status).toBe(2);
    const missing = tawsim('convert', join(dir, 'missing.conll'), '--to', 'jsonl');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('missing.conll: cannot read');
  });

  it('explains every option', () => {
    const { status, stdout } = tawsim('help', 'convert');
    expect(status).toBe(0);
    for (const option of ['--to', '--from', '--output', '--offset-unit', '--input-offset-unit', '--annotator', '--annotators', '--status', '--sentences-per-doc', '--labels', '--conll-separator', '--text-field', '--target-field', '--label-field', '--delimiter']) {
      expect(stdout).toContain(option);
    }
    expect(tawsim('--help').stdout).toContain('convert FILE... --to FORMAT');
  });
});
