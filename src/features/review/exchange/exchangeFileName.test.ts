import { describe, expect, it } from 'vitest';
import { projectBundleFileName, workPackageFileName } from './exchangeFileName.ts';

describe('exchange file names', () => {
  const date = new Date('2025-03-04T12:00:00Z');
  it('keep Arabic letters and digits and replace the rest', () => {
    expect(workPackageFileName('Demo: Arabic news', 'أمل', date)).toBe('Demo-Arabic-news-أمل-2025-03-04.tawsim-work.json.gz');
    expect(projectBundleFileName('../../etc', date)).toBe('etc-2025-03-04.tawsim-bundle.json.gz');
    expect(projectBundleFileName('***', date)).toBe('tawsim-2025-03-04.tawsim-bundle.json.gz');
  });
});
