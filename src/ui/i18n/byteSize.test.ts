import { describe, expect, it } from 'vitest';
import { formatByteSize } from './byteSize.ts';

describe('formatByteSize', () => {
  it('says sizes in the largest unit reached, one decimal at most', () => {
    expect(formatByteSize(512, 'en')).toBe('512 bytes');
    expect(formatByteSize(17_613, 'en')).toBe('17.2 kB');
    expect(formatByteSize(148_148_094, 'en')).toBe('141.3 MB');
    expect(formatByteSize(3 * 1024 ** 3, 'en')).toBe('3 GB');
  });

  it('says them in Arabic in the Arabic interface, with the digits the messages use', () => {
    const size = formatByteSize(17_613, 'ar');
    expect(size).toMatch(/^17[,٫]2\s/);
    expect(size).toContain('كيلوبايت');
    expect(formatByteSize(148_148_094, 'ar')).toMatch(/^141[,٫]3\s/);
  });
});
