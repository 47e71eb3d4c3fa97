import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tawsimProcess } from './tawsimProcess.ts';
import { detectAnnotationFormat } from '../core/formats/annotationFormat.ts';

/*
 * The hostile corpus of e2e/fixtures/hostile/ through the command line, as a pipeline
 * would run it: tawsim import for texts, tawsim convert and validate for annotations.
 * Each run has a timeout: a hang fails the test instead of stalling CI.
 */
const corpus = fileURLToPath(new URL('../../e2e/fixtures/hostile/', import.meta.url));
const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as Record<
  string,
  { documents: number; problemLines: (number | null)[]; spans?: number }
>;
const names = readdirSync(corpus).filter((name) => name !== 'README.md' && name !== 'expected.json').sort();
const isAnnotated = (name: string) => detectAnnotationFormat(name, readFileSync(join(corpus, name), 'utf8')) !== null;
const textFiles = names.filter((name) => !isAnnotated(name));
const annotatedFiles = names.filter(isAnnotated);
const TIMEOUT = 60_000;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tawsim-hostile-'));
});

function tawsim(...args: string[]) {
  const run = tawsimProcess('', args);
  expect(run.error, 'the CLI hung or could not start').toBeUndefined();
  expect(run.signal).toBeNull();
  // A crash prints a stack trace; problems never do.
  expect(run.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|SyntaxError: /);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The lines of stderr that report a problem, as [file, line or null]. */
function problemLines(stderr: string, paths: Map<string, string>): Map<string, (number | null)[]> {
  const found = new Map<string, (number | null)[]>();
  for (const line of stderr.split('\n')) {
    for (const [path, name] of paths) {
      if (!line.startsWith(`${path}:`)) continue;
      const at = /^:(\d+): ./.exec(line.slice(path.length));
      const lines = found.get(name) ?? [];
      const lineNo = at ? Number(at[1]) : null;
      if (!lines.includes(lineNo)) lines.push(lineNo);
      found.set(name, lines);
    }
  }
  return found;
}

const records = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { id: string; text: string; meta: Record<string, unknown>; entities?: { start: number; end: number; text: string }[] });

describe('hostile corpus through the CLI', { timeout: TIMEOUT }, () => {
  it('tawsim import reads every text file: good records out, problems as file:line: reason', () => {
    const paths = new Map(textFiles.map((name) => [join(corpus, name), name]));
    const { status, stdout, stderr } = tawsim('import', ...paths.keys());
    expect(status).toBe(0);
    const byFile = new Map<string, number>();
    for (const record of records(stdout)) {
      expect(record.text).not.toMatch(/\r/);
      const file = String(record.meta.file);
      byFile.set(file, (byFile.get(file) ?? 0) + 1);
    }
    const problems = problemLines(stderr, paths);
    for (const name of textFiles) {
      expect([name, byFile.get(name) ?? 0]).toEqual([name, expected[name]!.documents]);
      expect([name, problems.get(name) ?? []]).toEqual([name, expected[name]!.problemLines]);
    }
    expect(stderr).toMatch(/imported \d+, duplicates 0, problems \d+/);
  });

  it('tawsim convert reads every annotation file, skips the bad lines and keeps offsets exact', () => {
    const paths = new Map(annotatedFiles.map((name) => [join(corpus, name), name]));
    const { status, stdout, stderr } = tawsim('convert', ...paths.keys(), '--to', 'jsonl');
    expect(status).toBe(0);
    const out = records(stdout);
    const problems = problemLines(stderr, paths);
    for (const name of annotatedFiles) {
      expect([name, problems.get(name) ?? []]).toEqual([name, expected[name]!.problemLines]);
    }
    expect(out).toHaveLength(annotatedFiles.reduce((n, name) => n + expected[name]!.documents, 0));
    const spans = out.flatMap((line) => (line.entities ?? []).map((e) => ({ ...e, slice: [...line.text].slice(e.start, e.end).join('') })));
    expect(spans).toHaveLength(annotatedFiles.reduce((n, name) => n + (expected[name]!.spans ?? 0), 0));
    for (const span of spans) expect(span.slice).toBe(span.text);
    expect(spans.map((s) => s.text)).toEqual(expect.arrayContaining(['😀', 'محمد', 'الرباط']));
  });

  it('tawsim validate names every bad line of the Tawsim files and exits 1', () => {
    const path = join(corpus, 'tawsim-offsets.jsonl');
    const { status, stdout } = tawsim('validate', path);
    expect(status).toBe(1);
    const lines = [...stdout.matchAll(/line (\d+): /g)].map((m) => Number(m[1]));
    expect([...new Set(lines)]).toEqual(expected['tawsim-offsets.jsonl']!.problemLines);
    expect(tawsim('validate', join(corpus, 'tawsim-payload-labels.jsonl')).status).toBe(0);
  });

  it('takes a file named with markup and a single 10 MB line', () => {
    const named = join(dir, '<img src=x onerror=alert(1)>.txt');
    writeFileSync(named, 'اسم ملف خبيث\n');
    const long = 'كلمة😀 word ١٢٣ '.repeat(400_000).trimEnd();
    const big = join(dir, 'ten-mb-line.txt');
    writeFileSync(big, long);
    const nul = join(dir, '<script>alert(2)<_script>.txt');
    writeFileSync(nul, 'a\0b');
    const { status, stdout, stderr } = tawsim('import', named, big, nul);
    expect(status).toBe(0);
    expect(records(stdout).map((r) => [r.meta.file, r.text.length])).toEqual([
      ['<img src=x onerror=alert(1)>.txt', 'اسم ملف خبيث'.length],
      ['ten-mb-line.txt', long.length],
    ]);
    expect(records(stdout)[1]?.text).toBe(long);
    expect(stderr).toContain(`${nul}: binary file, not text (contains NUL bytes)`);
  });
});
