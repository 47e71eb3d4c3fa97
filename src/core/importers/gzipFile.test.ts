import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gunzipFile, isGzipFile } from './gzipFile.ts';

describe('gunzipFile', () => {
  it('gives the content of a gzip file, however many chunks it runs to', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `{"text": "وثيقة رقم ${i}"}`).join('\n');
    const packed = gzipSync(strToU8(text));
    expect(isGzipFile(packed)).toBe(true);
    const unpacked = gunzipFile(packed);
    expect('bytes' in unpacked && new TextDecoder().decode(unpacked.bytes)).toBe(text);
  });

  it('refuses a file cut short or damaged, rather than give part of it', () => {
    const packed = gzipSync(strToU8('وفد برلماني فرنسي يزور العيون '.repeat(500)));
    for (const cut of [1, 4, 8, 20, packed.length - 12]) {
      expect(gunzipFile(packed.slice(0, packed.length - cut)), `cut ${cut}`).toEqual({ problem: { code: 'gzip-unreadable', values: { detail: expect.any(String) } } });
    }
    const damaged = packed.slice();
    damaged[12] = damaged[12]! ^ 0xff;
    expect('problem' in gunzipFile(damaged)).toBe(true);
    expect(isGzipFile(strToU8('نص'))).toBe(false);
  });
});
