import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/core/importers/importFile.ts';
import { defaultImportOptions } from '../../src/core/importers/importOptions.ts';
import { newsPages } from './newsCorpus.ts';

// The benchmark's generated corpus, checked for shape only; nothing here is timed.
describe('bench news corpus', () => {
  const pages = newsPages(200);
  const options = { ...defaultImportOptions, headlines: false };

  it('is deterministic', () => {
    expect(newsPages(200)).toEqual(pages);
  });

  it('gives one article per page, with title, source and date, and no problems', () => {
    for (const page of pages.slice(0, 50)) {
      const result = importFile(page.text, page.name, options);
      expect(result.format).toBe('news');
      expect(result.problems).toEqual([]);
      expect(result.documents).toHaveLength(1);
      const [doc] = result.documents;
      expect(doc!.meta).toMatchObject({ kind: 'article', title: expect.any(String), source: expect.any(String) });
      expect(doc!.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives every page a different article text and file name', () => {
    const texts = pages.map((page) => importFile(page.text, page.name, options).documents[0]!.text);
    expect(new Set(texts).size).toBe(pages.length);
    expect(new Set(pages.map((page) => page.name)).size).toBe(pages.length);
  });
});
