import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_HEADLINE, BUNDLE_UNTOUCHED, writeSampleBundle } from './sampleBundle.ts';
import { tawsim, tawsimWithInput } from './tawsimProcess.ts';

const seed = fileURLToPath(new URL('../../public/demo/000_884f1ecf36255e5d.txt', import.meta.url));
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tawsim-cli-'));
});


function temp(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Line {
  id: string;
  text: string;
  meta: Record<string, unknown>;
}

const records = (stdout: string): Line[] =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line);

const TIMEOUT = 60_000;

describe('tawsim import', { timeout: TIMEOUT }, () => {
  it('writes the seed page as 1 article and 58 headlines', () => {
    const { status, stdout, stderr } = tawsim('import', seed);
    expect(status).toBe(0);
    const lines = records(stdout);
    expect(lines).toHaveLength(59);
    const [article, ...headlines] = lines;
    expect(article?.meta).toEqual({
      kind: 'article',
      title: expect.stringMatching(/^المشاركون في المؤتمر الوزاري/),
      source: 'الاتحاد الاشتراكي',
      date: '2013-03-11',
      file: '000_884f1ecf36255e5d.txt',
      line: 14,
    });
    expect(headlines.every((h) => h.meta.kind === 'headline')).toBe(true);
    for (const { id, text } of lines) {
      expect(id).toBe(createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16));
    }
    expect(stderr).toBe('imported 59, duplicates 0, problems 0 (1 file)\n');
  });

  it('writes to the -o file and skips duplicates across files', () => {
    const copy = temp('copy.txt', readFileSync(seed));
    const out = join(dir, 'out.jsonl');
    const { status, stdout, stderr } = tawsim('import', seed, copy, '-o', out, '--no-headlines');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(records(readFileSync(out, 'utf8'))).toHaveLength(1);
    expect(stderr).toBe('imported 1, duplicates 1, problems 0 (2 files)\n');
  });

  it('passes format, split, text field and NFKC options on', () => {
    // 16 non-blank lines, the repeated lead among them.
    const lines = tawsim('import', '--format', 'txt', '--split', 'line', seed);
    expect(records(lines.stdout)).toHaveLength(15);
    expect(lines.stderr).toBe('imported 15, duplicates 1, problems 0 (1 file)\n');
    const jsonl = temp('fields.jsonl', '{"body":"ﺍﻟﺮﺑﺎﻁ","id":"r1"}\n');
    const [record] = records(tawsim('import', '--text-field', 'body', '--nfkc', jsonl).stdout);
    expect(record?.text).toBe('الرباط');
    expect(record?.meta).toEqual({ kind: 'text', file: 'fields.jsonl', line: 1, id: 'r1' });
  });

  it('reads CSV rows, the text from --text-field, and names the columns when the text column is missing', () => {
    const csv = temp('stance.csv', 's1,s2,stance\r\n"هجوم صاروخي, يستهدف مطار",هدوء الاشتباكات,disagree\r\nbad row\r\n');
    const { status, stdout, stderr } = tawsim('import', '--text-field', 's1', csv);
    expect(status).toBe(0);
    expect(records(stdout)).toEqual([
      { id: expect.any(String), text: 'هجوم صاروخي, يستهدف مطار', meta: { kind: 'text', file: 'stance.csv', line: 2, s2: 'هدوء الاشتباكات', stance: 'disagree' } },
    ]);
    expect(stderr).toBe(`${csv}:3: the row has 1 fields and the header 3; row skipped\nimported 1, duplicates 0, problems 1 (1 file)\n`);
    const spaced = temp('marsum.txt', 'text summary\n"نص المقال" "عنوان المقال"\n');
    expect(records(tawsim('import', '--format', 'csv', '--delimiter', 'space', spaced).stdout).map((r) => [r.text, r.meta.summary])).toEqual([['نص المقال', 'عنوان المقال']]);
    expect(tawsim('import', '--delimiter', 'pipe', spaced).status).toBe(2);
    const missing = tawsim('import', '--format', 'csv', csv);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`${csv}:1: the header has no column "text" (its columns: s1, s2, stance)`);
  });

  it('reports bad lines as file:line: reason and imports the good ones', () => {
    const mixed = temp('mixed.jsonl', '{"text":"جيد"}\n{"text":\n{"title":"x"}\n');
    const { status, stdout, stderr } = tawsim('import', mixed);
    expect(status).toBe(0);
    expect(records(stdout).map((r) => r.text)).toEqual(['جيد']);
    expect(stderr).toContain(`${mixed}:2: invalid JSON`);
    expect(stderr).toContain(`${mixed}:3: missing "text" field`);
    expect(stderr).toMatch(/imported 1, duplicates 0, problems 2 \(1 file\)\n$/);
  });

  it('reads annotated files (CoNLL, Tawsim JSONL) as the app does: their texts, with a note that the annotations stay behind', () => {
    const conll = temp('tagged.conll', ['زار O', '😀 O', 'الرباط B-GPE', '', 'وصل O', 'الوفد O', ''].join('\n'));
    const { status, stdout, stderr } = tawsim('import', conll);
    expect(status).toBe(0);
    const lines = records(stdout);
    expect(lines.map((line) => line.text)).toEqual(['زار 😀 الرباط', 'وصل الوفد']);
    // Token offsets in code points, as Python slices the text.
    expect(lines[0]!.meta).toMatchObject({ kind: 'text', file: 'tagged.conll', line: 1, tokens: [[0, 3], [4, 5], [6, 12]] });
    expect(stderr).toBe(
      `${conll}: CoNLL/BIO, 1 document with annotations; import writes their texts, "tawsim convert ${conll} --to jsonl" keeps the annotations\n` +
        'imported 2, duplicates 0, problems 0 (1 file)\n',
    );

    const exported = JSON.stringify({
      id: 'd1', text: 'مصر', meta: { kind: 'headline', title: 'مصر', file: 'news.txt', line: 3 },
      annotator: 'ali', status: 'done', offset_unit: 'codepoint', entities: [{ id: 'e1', start: 0, end: 3, label: 'GPE', text: 'مصر' }], events: [], stance: [],
    });
    const tawsimFile = temp('export.jsonl', `${exported}\n`);
    const again = tawsim('import', tawsimFile);
    expect(records(again.stdout)).toEqual([{ id: createHash('sha256').update('مصر').digest('hex').slice(0, 16), text: 'مصر', meta: { kind: 'headline', title: 'مصر', file: 'news.txt', line: 3 } }]);
    // --format jsonl reads it as a JSONL of texts, every other field kept as metadata.
    const asTexts = records(tawsim('import', tawsimFile, '--format', 'jsonl').stdout);
    expect(asTexts[0]!.meta).toMatchObject({ annotator: 'ali', status: 'done' });
  });

  // A pipe gives its bytes once: an annotated file read a second time to take its texts hung on `<(zcat data.jsonl.gz)`.
  it.skipIf(process.platform === 'win32')('reads an annotated file from a named pipe, as bash hands over <(zcat file)', () => {
    const conll = temp('piped.conll', ['زار O', 'الرباط B-GPE', ''].join('\n'));
    const run = spawnSync('bash', ['-c', `"${process.execPath}" bin/tawsim.mjs import <(cat "${conll}")`], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    expect(records(run.stdout).map((line) => line.text)).toEqual(['زار الرباط']);
    expect(run.stderr).toContain('CoNLL/BIO, 1 document with annotations');
  });

  it('reads a project bundle from the app: every document’s text and meta, annotated or not, with the note', async () => {
    const bundle = await writeSampleBundle(dir);
    const { status, stdout, stderr } = tawsim('import', bundle);
    expect(status).toBe(0);
    expect(records(stdout)).toEqual([
      { id: createHash('sha256').update(BUNDLE_HEADLINE).digest('hex').slice(0, 16), text: BUNDLE_HEADLINE, meta: { kind: 'headline', source: 'hespress' } },
      { id: createHash('sha256').update(BUNDLE_UNTOUCHED).digest('hex').slice(0, 16), text: BUNDLE_UNTOUCHED, meta: { kind: 'text', file: 'notes.txt' } },
    ]);
    expect(stderr).toBe(
      `${bundle}: project bundle, 1 document with annotations; import writes their texts, "tawsim convert ${bundle} --to jsonl" keeps the annotations\n` +
        'imported 2, duplicates 0, problems 0 (1 file)\n',
    );
  });

  it('reads a zip archive’s files, each as its own file would be, with the note for the annotated ones', () => {
    const zip = temp('corpus.zip', zipSync({ 'news/seed.txt': readFileSync(seed), 'tagged/d1.jsonl': strToU8(`${JSON.stringify({ id: 'd1', text: 'زار الوفد مصر', meta: { kind: 'text' }, annotator: 'amal', status: 'done', offset_unit: 'codepoint', entities: [{ id: 'e1', start: 10, end: 13, label: 'GPE', text: 'مصر' }], events: [], stance: [] })}\n`) }));
    const { status, stdout, stderr } = tawsim('import', zip);
    expect(status).toBe(0);
    const lines = records(stdout);
    expect(lines).toHaveLength(60);
    expect(lines[0]!.meta).toMatchObject({ kind: 'article', source: 'الاتحاد الاشتراكي', file: 'seed.txt' });
    expect(lines[59]).toMatchObject({ text: 'زار الوفد مصر', meta: { kind: 'text' } });
    expect(stderr).toBe(`${zip}: archive, 1 document with annotations; import writes their texts, "tawsim convert ${zip} --to jsonl" keeps the annotations\nimported 60, duplicates 0, problems 0 (1 file)\n`);
  });

  it('reads a gzip file as its content, with the import’s options, and refuses one cut short', () => {
    const packed = temp('lines.txt.gz', gzipSync(strToU8('سطر أول\nسطر ثان\n')));
    const cut = temp('cut.jsonl.gz', gzipSync(strToU8('{"text": "نص"}\n'.repeat(50))).slice(0, 30));
    const { status, stdout, stderr } = tawsim('import', packed, cut, '--split', 'line');
    expect(status).toBe(0);
    expect(records(stdout).map((line) => [line.text, line.meta])).toEqual([
      ['سطر أول', { kind: 'text', file: 'lines.txt', line: 1 }],
      ['سطر ثان', { kind: 'text', file: 'lines.txt', line: 2 }],
    ]);
    expect(stderr).toBe(`${cut}: cannot unpack the gzip file: unexpected EOF\nimported 2, duplicates 0, problems 1 (2 files)\n`);
  });

  it('reads standard input for a FILE of -, alongside files', () => {
    const file = temp('one.jsonl', '{"text":"من ملف"}\n');
    const { status, stdout, stderr } = tawsimWithInput('{"text":"من الأنبوب"}\n{"text":\n', 'import', '-', file);
    expect(status).toBe(0);
    expect(records(stdout).map((r) => [r.text, r.meta.file])).toEqual([
      ['من الأنبوب', '<stdin>'],
      ['من ملف', 'one.jsonl'],
    ]);
    expect(stderr).toContain('<stdin>:2: invalid JSON');
    expect(stderr).toMatch(/imported 2, duplicates 0, problems 1 \(2 files\)\n$/);
    const news = tawsimWithInput(readFileSync(seed), 'import', '-', '--no-headlines');
    expect(records(news.stdout).map((r) => [r.meta.kind, r.meta.source])).toEqual([['article', 'الاتحاد الاشتراكي']]);
  });

  it('reads annotated data on standard input as it reads an annotated file: the texts, not the tags or the annotations', () => {
    const conll = tawsimWithInput(['زار O', 'الرباط B-GPE', '', 'وصل O', ''].join('\n'), 'import', '-');
    expect(conll.status).toBe(0);
    expect(records(conll.stdout).map((line) => [line.text, line.meta.file, line.meta.tokens])).toEqual([
      ['زار الرباط', '<stdin>', [[0, 3], [4, 10]]],
      ['وصل', '<stdin>', [[0, 3]]],
    ]);
    // convert reads files, not standard input: the note names the file to give it.
    expect(conll.stderr).toContain('<stdin>: CoNLL/BIO, 1 document with annotations; import writes their texts, "tawsim convert FILE --to jsonl" keeps the annotations');
    const exported = JSON.stringify({
      id: 'd1', text: 'مصر', meta: { kind: 'headline', title: 'مصر' }, annotator: 'ali', status: 'done', offset_unit: 'codepoint',
      entities: [{ id: 'e1', start: 0, end: 3, label: 'GPE', text: 'مصر' }], events: [], stance: [],
    });
    const tawsimJsonl = tawsimWithInput(`${exported}\n`, 'import', '-');
    expect(records(tawsimJsonl.stdout).map((line) => line.meta)).toEqual([{ kind: 'headline', title: 'مصر' }]);
  });

  it('exits non-zero when nothing could be imported', () => {
    const bad = temp('bad.jsonl', '{"text":1}\nnot json\n');
    const binary = temp('binary.txt', new Uint8Array([0x50, 0x4b, 0x00, 0x00]));
    const missing = join(dir, 'missing.txt');
    const { status, stdout, stderr } = tawsim('import', bad, binary, missing);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${bad}:1: "text" field is not a string (number)`);
    expect(stderr).toContain(`${bad}:2: invalid JSON`);
    expect(stderr).toContain(`${binary}: binary file, not text`);
    expect(stderr).toContain(`${missing}: cannot read`);
    expect(stderr).toMatch(/imported 0, duplicates 0, problems 4 \(3 files\)\n$/);
  });

  it('rejects bad usage with status 2', () => {
    expect(tawsim('import').status).toBe(2);
    const badFormat = tawsim('import', '--format', 'xml', seed);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of auto, news, txt, jsonl');
    expect(tawsim('import', '--bogus', seed).status).toBe(2);
    expect(tawsim('import', seed, '-o', seed).status).toBe(2);
    const twice = tawsim('import', '-', '-');
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('standard input (-) can be read only once');
  });
});

describe('tawsim help', { timeout: TIMEOUT }, () => {
  it.each([['--help'], ['-h'], ['help']])('%s explains the commands', (arg) => {
    const { status, stdout } = tawsim(arg);
    expect(status).toBe(0);
    expect(stdout).toContain('import FILE...');
  });

  it.each([['help', 'import'], ['import', '--help']])('%s %s explains every option', (...args) => {
    const { status, stdout } = tawsim(...args);
    expect(status).toBe(0);
    for (const option of ['--output', '--format', '--split', '--text-field', '--no-headlines', '--nfkc', '--help']) {
      expect(stdout).toContain(option);
    }
  });

  it('prints help to stderr and exits 2 on an unknown command', () => {
    const { status, stdout, stderr } = tawsim('frobnicate');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command "frobnicate"');
    expect(stderr).toContain('Usage: tawsim <command>');
  });
});
