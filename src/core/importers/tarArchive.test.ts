import { readFileSync } from 'node:fs';
import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isTarArchive, unpackTarArchive } from './tarArchive.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const LONG = `corpus/${'a'.repeat(120)}/long.txt`;

describe('unpackTarArchive', () => {
  it('gives the files of a GNU or a pax archive, long names included, without folders or macOS’s ._ files', () => {
    for (const bytes of [gunzipSync(fixture('brat_corpus_gnu.tar.gz')), fixture('brat_corpus_pax.tar')]) {
      expect(isTarArchive(bytes)).toBe(true);
      const unpacked = unpackTarArchive(bytes);
      const files = 'files' in unpacked ? unpacked.files.map(([path, data]) => [path, new TextDecoder().decode(data)]) : unpacked;
      expect(files).toEqual([
        [LONG, 'نص في مسار طويل\n'],
        ['corpus/amal/d1.txt', 'وفد برلماني فرنسي يزور العيون'],
        ['corpus/amal/d1.ann', 'T1\tGPE 23 29\tالعيون\n'],
      ]);
    }
  });

  it('says why an archive gives nothing: a damaged header, an entry cut short, or no file', () => {
    const tar = fixture('brat_corpus_pax.tar');
    const damaged = tar.slice();
    damaged[0] = damaged[0]! ^ 0x01;
    expect(unpackTarArchive(damaged)).toEqual({ problem: { code: 'archive-unreadable', values: { detail: 'the header at byte 0 is damaged' } } });
    // Cut inside the last file's data: its header is the last block naming d1.ann.
    const lastHeader = Buffer.from(tar).lastIndexOf('corpus/amal/d1.ann');
    expect(lastHeader % 512).toBe(0);
    expect(unpackTarArchive(tar.slice(0, lastHeader + 512 + 10))).toEqual({
      problem: { code: 'archive-unreadable', values: { detail: `the entry at byte ${lastHeader} runs past the end of the archive` } },
    });
    expect(unpackTarArchive(new Uint8Array(1024))).toEqual({ problem: { code: 'archive-empty', values: {} } });
    expect(isTarArchive(new TextEncoder().encode('نص عادي'.repeat(100)))).toBe(false);
  });
});
