import { describe, expect, it } from 'vitest';
import { contentHash, documentIdFromHash, hashDocuments } from './contentHash.ts';

describe('contentHash', () => {
  it('matches the standard SHA-256 vectors', async () => {
    expect(await contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the UTF-8 bytes of Arabic text', async () => {
    // printf 'سلام' | sha256sum
    expect(await contentHash('سلام')).toBe('bda1fa48345336618741fd2c4bc02809eb099c49a9b02fb5056401ab6d4dc3e6');
    expect(await contentHash('سلام')).not.toBe(await contentHash('سلام\n'));
  });
});

describe('documentIdFromHash', () => {
  it('takes the first 16 hex characters', () => {
    expect(documentIdFromHash('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe('ba7816bf8f01cfea');
  });
});

describe('hashDocuments', () => {
  it('adds hash and id, equal texts getting equal ids', async () => {
    const [a, b, c] = await hashDocuments([
      { text: 'abc', meta: { kind: 'text', line: 1 } },
      { text: 'abc', meta: { kind: 'text', line: 2 } },
      { text: 'abd', meta: { kind: 'text', line: 3 } },
    ]);
    expect(a).toEqual({
      text: 'abc',
      meta: { kind: 'text', line: 1 },
      hash: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      id: 'ba7816bf8f01cfea',
    });
    expect(b?.id).toBe(a?.id);
    expect(c?.id).not.toBe(a?.id);
  });
});
