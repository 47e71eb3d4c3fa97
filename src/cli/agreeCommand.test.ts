import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSampleBundle } from './sampleBundle.ts';
import { tawsim, tawsimWithInput } from './tawsimProcess.ts';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tawsim-agree-'));
});


function temp(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

type Entity = [start: number, end: number, label: string];

/** One Tawsim JSONL line, offsets in code points, every span with its surface text. */
function line(id: string, text: string, annotator: string, entities: Entity[], extra: { events?: unknown[]; stance?: unknown[] } = {}) {
  const slice = (start: number, end: number) => Array.from(text).slice(start, end).join('');
  return JSON.stringify({
    id,
    text,
    meta: { kind: 'text' },
    annotator,
    status: 'done',
    offset_unit: 'codepoint',
    entities: entities.map(([start, end, label], i) => ({ id: `e${i}`, start, end, label, text: slice(start, end) })),
    events: extra.events ?? [],
    stance: extra.stance ?? [],
  });
}

// An emoji first, so code point and UTF-16 offsets differ: عصابة is 13..18, الدار البيضاء 22..35, البيضاء 28..35.
const headline = '😀 الأمن يوقف عصابة في الدار البيضاء';
const arrest = (place: string) => ({
  id: 'v1',
  type: 'Justice:Arrest-Jail',
  trigger: { start: 8, end: 12, text: 'يوقف' },
  arguments: [
    { role: 'Person', entity: 'e0' },
    { role: 'Place', entity: place },
  ],
});

const TIMEOUT = 60_000;

describe('tawsim agree', { timeout: TIMEOUT }, () => {
  it('--json prints one object with the figures of issue 6, matching documents by text', () => {
    const ali = temp('ali.jsonl', [
      line('d1', headline, 'ali', [[13, 18, 'PER'], [22, 35, 'GPE']], {
        events: [arrest('e1')],
        stance: [{ target: 'الأمن', target_entity: null, label: 'favour' }],
      }),
      line('d2', 'زار الرئيس مصر', 'ali', [[11, 14, 'GPE']]),
    ]);
    // sara's copy of d1 has another id: the same text makes it the same document.
    const sara = temp('sara.jsonl', [
      line('other-id', headline, 'sara', [[13, 18, 'PER'], [28, 35, 'GPE']], {
        events: [arrest('e1')],
        stance: [{ target: 'الأمن', target_entity: null, label: 'favour' }],
      }),
      line('d2', 'زار الرئيس مصر', 'sara', [[11, 14, 'LOC']]),
    ]);
    const { status, stdout, stderr } = tawsim('agree', ali, sara, '--json');
    expect(status).toBe(0);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      annotators: ['ali', 'sara'],
      documents: 2,
      entities: {
        // Exact: PER only, 1 match of 3 + 3 spans: 2/6. Overlap: PER and the GPE pair, 2 of 3 on each side.
        pairs: [{ a: 'ali', b: 'sara', exact_f1: 1 / 3, overlap_f1: 2 / 3 }],
        per_label: {
          GPE: { exact_f1: 0, overlap_f1: 2 / 3 },
          LOC: { exact_f1: 0, overlap_f1: 0 },
          PER: { exact_f1: 1, overlap_f1: 1 },
        },
      },
      events: { pairs: [{ a: 'ali', b: 'sara', trigger_f1: 1, type_f1: 1, argument_f1: 0.5 }] },
      stance: { pairs: [{ a: 'ali', b: 'sara', kappa: null }], alpha: null },
    });
    // 41 units (the emoji is one): O/O 21, GPE/O 5, GPE/GPE 7, GPE/LOC 3, PER/PER 5:
    // (41·33 − 676) / (41² − 676) = 677/1005.
    expect(report.entities.pairs[0].char_kappa).toBeCloseTo(677 / 1005, 12);
    expect(report.confusion[0]).toEqual({
      a: 'ali',
      b: 'sara',
      documents: 2,
      labels: ['O', 'GPE', 'LOC', 'PER'],
      counts: [
        [21, 0, 0, 0],
        [5, 7, 3, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 5],
      ],
    });
    expect(report.per_document.map((doc: { id: string }) => doc.id)).toEqual(['d2', 'd1']);
    expect(stderr).toBe('read 4 annotated documents by 2 annotators, compared 2 documents, problems 0 (2 files)\n');
  });

  it('prints a table by default; bad lines go to stderr as file:line: reason and the rest counts', () => {
    const both = temp('both.jsonl', [
      line('d1', 'زار الرئيس مصر', 'ali', [[11, 14, 'GPE']]),
      '{"id": broken',
      line('d1', 'زار الرئيس مصر', 'sara', [[11, 14, 'GPE']]),
      line('d1', 'زار الرئيس مصر', 'omar', [[0, 99, 'GPE']]),
    ]);
    const { status, stdout, stderr } = tawsim('agree', both);
    expect(status).toBe(0);
    expect(stdout).toContain('Agreement of 2 annotators (ali, sara) over 1 document annotated by at least two of them\n');
    expect(stdout).toMatch(/^ali – sara +1\.000 +1\.000 +1\.000 +1$/m);
    expect(stdout).toContain('char_alpha: 1.000');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${both.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: .*line skipped$`));
    expect(lines[1]).toMatch(/both\.jsonl:4: .*line skipped$/);
    expect(lines.at(-1)).toBe('read 2 annotated documents by 2 annotators, compared 1 document, problems 2 (1 file)');
  });

  it('--annotators chooses whom to compare and in which order; gold only when named', () => {
    const file = temp('gold.jsonl', [
      line('d1', 'زار الرئيس مصر', 'ali', [[11, 14, 'GPE']]),
      line('d1', 'زار الرئيس مصر', 'sara', [[11, 14, 'LOC']]),
      line('d1', 'زار الرئيس مصر', 'gold', [[11, 14, 'GPE']]),
    ]);
    const byDefault = JSON.parse(tawsim('agree', file, '--json').stdout);
    expect(byDefault.annotators).toEqual(['ali', 'sara']);
    const chosen = tawsim('agree', file, '--json', '--annotators', 'gold,ali');
    expect(chosen.status).toBe(0);
    expect(JSON.parse(chosen.stdout).entities.pairs).toEqual([
      { a: 'gold', b: 'ali', exact_f1: 1, overlap_f1: 1, char_kappa: 1 },
    ]);
  });

  it('reads standard input for a FILE of -, alongside files', () => {
    const ali = temp('ali-piped.jsonl', [line('d1', headline, 'ali', [[13, 18, 'PER']])]);
    const piped = tawsimWithInput(`${line('d1', headline, 'omar', [[13, 18, 'PER']])}\n`, 'agree', '-', ali, '--json');
    expect(piped.status).toBe(0);
    const report = JSON.parse(piped.stdout);
    expect(report.annotators).toEqual(['ali', 'omar']);
    expect(report.entities.pairs[0]).toMatchObject({ a: 'ali', b: 'omar', exact_f1: 1 });
  });

  it('reads a project bundle as it reads the Tawsim JSONL converted from it', async () => {
    const bundle = await writeSampleBundle(dir);
    const fromBundle = tawsim('agree', bundle, '--json');
    expect(fromBundle.status).toBe(0);
    const report = JSON.parse(fromBundle.stdout);
    // Gold only when named, the import's suggestions never.
    expect(report.annotators).toEqual(['Amal', 'Bilal']);
    expect(report.entities.pairs[0]).toMatchObject({ a: 'Amal', b: 'Bilal', exact_f1: 0, overlap_f1: 0 });
    const jsonl = temp('bundle.jsonl', []);
    expect(tawsim('convert', bundle, '--to', 'jsonl', '-o', jsonl).status).toBe(0);
    expect(fromBundle.stdout).toBe(tawsim('agree', jsonl, '--json').stdout);
    expect(JSON.parse(tawsim('agree', bundle, '--json', '--annotators', 'gold,Amal').stdout).entities.pairs[0]).toMatchObject({ exact_f1: 2 / 3 });
  });

  it('--status done compares the finished sets alone; the others count as not annotated', () => {
    const unfinished = (text: string) => text.replace('"status":"done"', '"status":"in_progress"');
    const file = temp('status.jsonl', [
      line('d1', headline, 'ali', [[13, 18, 'PER']]),
      line('d1', headline, 'omar', [[13, 18, 'PER']]),
      line('d2', 'مصر', 'ali', [[0, 3, 'GPE']]),
      unfinished(line('d2', 'مصر', 'omar', [[0, 3, 'LOC']])),
    ]);
    const all = JSON.parse(tawsim('agree', file, '--json').stdout);
    expect(all).toMatchObject({ documents: 2, entities: { pairs: [{ exact_f1: 0.5 }] } });
    const done = JSON.parse(tawsim('agree', file, '--json', '--status', 'done').stdout);
    expect(done).toMatchObject({ documents: 1, entities: { pairs: [{ exact_f1: 1 }] } });
    expect(tawsim('agree', file, '--status', 'finished').stderr).toContain('--status takes new, in_progress, done, separated by commas, not "finished"');
  });

  it('usage errors exit 2; nothing to compare exits 1', () => {
    expect(tawsim('agree').status).toBe(2);
    const single = temp('single.jsonl', [line('d1', 'مصر', 'ali', [[0, 3, 'GPE']])]);
    const unknown = tawsim('agree', single, '--annotators', 'ali,zed');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no annotations by "zed" in the files (annotators found: ali)');
    const alone = tawsim('agree', single, '--json');
    expect(alone.status).toBe(1);
    expect(JSON.parse(alone.stdout)).toMatchObject({
      annotators: ['ali'],
      documents: 0,
      notes: ['char_alpha: no unit was coded by two coders', 'stance alpha: no unit was coded by two coders', 'fewer than two annotators: nothing to compare'],
    });
    expect(tawsim('help', 'agree').stdout).toContain('Usage: tawsim agree FILE...');
  });
});
