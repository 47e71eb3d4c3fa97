import { describe, expect, it } from 'vitest';
import { importedShare } from './importedShare.ts';

const progress = (bytesDone: number, imported: number, duplicates = 0) => ({ filesDone: 0, filesTotal: 8, bytesDone, bytesTotal: 1000, imported, duplicates, problemCount: 0 });

describe('importedShare', () => {
  it('is not at its end while documents are still being written after the files were read', () => {
    expect(importedShare(progress(1000, 1970), 3384)).toBeCloseTo(1970 / 3384);
    expect(importedShare(progress(1000, 3354, 30), 3384)).toBe(1);
    expect(importedShare(progress(250, 3000), 3384)).toBe(0.25);
  });

  it('follows the bytes read when the preview counted nothing', () => {
    expect(importedShare(progress(500, 10), 0)).toBe(0.5);
  });
});
