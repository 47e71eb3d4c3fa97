import { describe, expect, it } from 'vitest';
import { decodeExchangeFile, encodeExchangeFile } from './exchangeFile.ts';

describe('exchange files', () => {
  it('round-trips gzipped JSON with Arabic text', () => {
    const value = { text: 'وفد برلماني فرنسي يزور العيون', n: [1, 2, 3] };
    const bytes = encodeExchangeFile(value);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(decodeExchangeFile(bytes)).toEqual({ ok: true, value });
  });

  it('reads plain JSON too', () => {
    expect(decodeExchangeFile(new TextEncoder().encode('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
  });

  it('reports a broken gzip stream, invalid UTF-8 and text that is not JSON', () => {
    const bytes = encodeExchangeFile({ a: 'b'.repeat(100) });
    expect(decodeExchangeFile(bytes.slice(0, 12))).toEqual({ ok: false, problem: { code: 'unreadable' } });
    expect(decodeExchangeFile(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({ ok: false, problem: { code: 'unreadable' } });
    expect(decodeExchangeFile(new TextEncoder().encode('PK not json'))).toEqual({ ok: false, problem: { code: 'not-json' } });
  });
});
