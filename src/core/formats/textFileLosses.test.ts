import { describe, expect, it } from 'vitest';
import { textFileLosses } from './textFileLosses.ts';

describe('textFileLosses', () => {
  it('finds unpaired surrogates, not pairs, and a leading U+FEFF where a file would drop it', () => {
    expect(textFileLosses('😀 نص \u200d', { leadingBom: true })).toEqual([]);
    expect(textFileLosses('a\ud83db\ude00 😀', { leadingBom: false })).toEqual(['2 unpaired surrogates are written as U+FFFD, as UTF-8 cannot hold them']);
    expect(textFileLosses('\ud83d', { leadingBom: false })).toEqual(['1 unpaired surrogate is written as U+FFFD, as UTF-8 cannot hold them']);
    expect(textFileLosses('\uFEFFنص', { leadingBom: true })).toEqual(['the text starts with U+FEFF, which reads back as a byte order mark and is dropped']);
    expect(textFileLosses('\uFEFFنص', { leadingBom: false })).toEqual([]);
  });
});
