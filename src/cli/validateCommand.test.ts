import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_HEADLINE, writeSampleBundle } from './sampleBundle.ts';
import { tawsim, tawsimWithInput } from './tawsimProcess.ts';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tawsim-validate-'));
});

function temp(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const line = (annotator: string, entity: Record<string, unknown>) =>
  JSON.stringify({
    id: 'd1', text: '😀 الرباط', meta: { kind: 'text' }, annotator, status: 'new', offset_unit: 'codepoint',
    entities: [{ id: 'e1', start: 2, end: 8, label: 'GPE', text: 'الرباط', ...entity }], events: [], stance: [],
  });

const TIMEOUT = 60_000;

describe('tawsim validate', { timeout: TIMEOUT }, () => {
  it('passes a valid file', () => {
    const file = temp('good.jsonl', `${line('a', {})}\n${line('b', {})}\n`);
    expect(tawsim('validate', file)).toEqual({ status: 0, stdout: '2 valid lines, 0 problems (1 file)\n', stderr: '' });
  });

  it('reads standard input for a FILE of -, named <stdin> in its problems', () => {
    const piped = tawsimWithInput(`${line('a', {})}\n${line('b', { end: 99 })}\n`, 'validate', '-');
    expect(piped.status).toBe(1);
    expect(piped.stdout).toMatch(/^<stdin>: line 2: entities\[0\]: "end": offset 99 is outside the text/);
    expect(piped.stdout).toMatch(/1 valid line, 1 problem \(1 file\)\n$/);
    expect(tawsim('validate', '-', '-').status).toBe(2);
  });

  it('prints FILE: line N: reason for each problem and exits 1', () => {
    const file = temp('bad.jsonl', `\uFEFF${line('a', {})}\r\n${line('b', { start: 3 })}\r\n${line('c', { text: 'مصر' })}\r\n{"id":\r\n`);
    const { status, stdout } = tawsim('validate', file);
    expect(status).toBe(1);
    expect(stdout.split('\n')).toEqual([
      `${file}: line 2: entities[0]: "text" is "الرباط" but 3..8 (codepoint) holds "لرباط"; line skipped`,
      `${file}: line 3: entities[0]: "text" is "مصر" but 2..8 (codepoint) holds "الرباط"; line skipped`,
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 4: invalid JSON .*; line skipped$`)),
      '1 valid line, 3 problems (1 file)',
      '',
    ]);
  });

  it('checks labels against a schema given with --schema', () => {
    const name = { en: 'x', ar: 'س' };
    const schema = temp('schema.json', JSON.stringify({ entities: [{ tag: 'PER', name, color: '#000000', hotkey: null }], events: [], stanceLabels: [], stanceTargets: [] }));
    const file = temp('labels.jsonl', `${line('a', {})}\n`);
    const { status, stdout } = tawsim('validate', file, '--schema', schema);
    expect(status).toBe(1);
    expect(stdout).toContain(`${file}: line 1: entities[0]: label "GPE" is not in the schema; line skipped`);
    const broken = temp('broken.json', '{"entities": 3}');
    const usage = tawsim('validate', file, '--schema', broken);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('"entities" is not a list of labels with a "tag"');
  });

  it('checks a gzip file as its content', () => {
    const packed = temp('good.jsonl.gz', gzipSync(strToU8(`${line('a', {})}\n${line('b', { start: 3 })}\n`)));
    const { status, stdout } = tawsim('validate', packed);
    expect(status).toBe(1);
    expect(stdout).toContain(`${packed}: line 2: entities[0]: "text" is "الرباط" but 3..8 (codepoint) holds "لرباط"; line skipped`);
    expect(stdout).toMatch(/1 valid line, 1 problem \(1 file\)\n$/);
    const cut = temp('cut.jsonl.gz', gzipSync(strToU8(`${line('a', {})}\n`.repeat(20))).slice(0, 40));
    expect(tawsim('validate', cut).stdout).toContain(`${cut}: cannot unpack the gzip file`);
  });

  it('checks a project bundle as the app opens one, and its sets’ labels against --schema', async () => {
    const bundle = await writeSampleBundle(dir);
    const jsonl = temp('one.jsonl', `${line('a', {})}\n`);
    expect(tawsim('validate', bundle, jsonl)).toEqual({
      status: 0,
      stdout: '1 valid line, 3 valid annotation sets in 1 project bundle, 0 problems (2 files)\n',
      stderr: '',
    });

    const name = { en: 'x', ar: 'س' };
    const schema = temp('gpe.json', JSON.stringify({ entities: [{ tag: 'GPE', name, color: '#000000', hotkey: null }], events: [], stanceLabels: [], stanceTargets: [] }));
    const labelled = tawsim('validate', bundle, '--schema', schema);
    expect(labelled.status).toBe(1);
    const id = (JSON.parse(strFromU8(gunzipSync(readFileSync(bundle)))) as { documents: { id: string }[] }).documents[0]!.id;
    expect(labelled.stdout.split('\n')).toEqual([
      `${bundle}: document "${id}", annotator "Amal": entities[1]: label "NORP" is not in the schema`,
      `${bundle}: document "${id}", annotator "Bilal": entities[0]: label "LOC" is not in the schema`,
      '0 valid lines, 1 valid annotation set in 1 project bundle, 2 problems (1 file)',
      '',
    ]);

    // A text changed after export (one letter for another) no longer matches its hash.
    const record = JSON.parse(strFromU8(gunzipSync(readFileSync(bundle)))) as { documents: { text: string }[] };
    record.documents[0]!.text = BUNDLE_HEADLINE.replace('فرنسي', 'فرنسا');
    const tampered = temp('tampered.tawsim-bundle.json.gz', gzipSync(strToU8(JSON.stringify(record))));
    const refused = tawsim('validate', tampered);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe(
      `${tampered}: project bundle: the text of document ${id} is not the one its hash names\n0 valid lines, 0 valid annotation sets in 1 project bundle, 1 problem (1 file)\n`,
    );
  });

  it('reports unreadable files and explains its options', () => {
    const missing = tawsim('validate', join(dir, 'missing.jsonl'));
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('missing.jsonl: cannot read');
    expect(tawsim('validate').status).toBe(2);
    const help = tawsim('validate', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--schema');
  });
});
