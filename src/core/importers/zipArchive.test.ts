import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isZipArchive, MAX_ARCHIVE_BYTES, unpackZipArchive } from './zipArchive.ts';

const text = (value: string) => strToU8(value);

describe('unpackZipArchive', () => {
  it('gives the files in the archive’s order, without folders or what macOS adds', () => {
    const archive = zipSync({
      'amal/': {},
      'amal/d1.txt': text('وفد برلماني فرنسي يزور العيون'),
      'amal/d1.ann': text('T1\tGPE 25 31\tالعيون\n'),
      '__MACOSX/amal/._d1.txt': text('junk'),
      'amal/.DS_Store': text('junk'),
    });
    expect(isZipArchive(archive)).toBe(true);
    const unpacked = unpackZipArchive(archive);
    expect('files' in unpacked && unpacked.files.map(([path, bytes]) => [path, new TextDecoder().decode(bytes)])).toEqual([
      ['amal/d1.txt', 'وفد برلماني فرنسي يزور العيون'],
      ['amal/d1.ann', 'T1\tGPE 25 31\tالعيون\n'],
    ]);
  });

  it('says why an archive gives nothing: damaged, empty, or declaring more than an import takes', () => {
    const archive = zipSync({ 'a.txt': text('نص') });
    const damaged = archive.slice(0, archive.length - 30);
    expect(unpackZipArchive(damaged)).toEqual({ problem: { code: 'archive-unreadable', values: { detail: expect.any(String) } } });
    const empty = zipSync({});
    expect(isZipArchive(empty)).toBe(true);
    expect(unpackZipArchive(empty)).toEqual({ problem: { code: 'archive-empty', values: {} } });
    expect(unpackZipArchive(zipSync({ 'folder/': {}, '__MACOSX/x': text('junk') }))).toEqual({ problem: { code: 'archive-empty', values: {} } });

    // The central directory's uncompressed size of the one entry (offset 24 of its record) made huge.
    const lying = archive.slice();
    const view = new DataView(lying.buffer);
    let central = lying.length - 4;
    while (view.getUint32(central, true) !== 0x02014b50) central--;
    view.setUint32(central + 24, MAX_ARCHIVE_BYTES + 1, true);
    expect(unpackZipArchive(lying)).toEqual({ problem: { code: 'archive-too-large', values: { limit: 1024 } } });
  });

  it('knows a zip by its first bytes, not by its name', () => {
    expect(isZipArchive(text('PK'))).toBe(false);
    expect(isZipArchive(text('نص عادي'))).toBe(false);
  });
});
