import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HashedDocument } from '../../../core/model/document.ts';
import { writeDocumentBatch } from '../../../storage/documentStore.ts';
import { createProject } from '../../../storage/projectStore.ts';
import { openTestDb } from '../../../storage/testDb.ts';
import { searchDocuments } from './useDocumentSearch.ts';

function doc(text: string): HashedDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return { id: hash.slice(0, 16), hash, text, meta: { kind: 'text' } };
}

async function projectOf(texts: string[]) {
  const db = await openTestDb();
  await createProject(db, 'p', 'Search');
  const { added } = await writeDocumentBatch(db, 'p', texts.map(doc));
  return { db, ids: added.map((record) => record.id) };
}

describe('searchDocuments', () => {
  it('finds the documents whose text holds the query however it is vocalised or spelt, in import order', async () => {
    const { db, ids } = await projectOf(['زار الوفدُ مدينةَ طنجـــة', 'الرباط عاصمة', 'وصل إلى مدينه طنجة 😀 أمس']);
    expect(await searchDocuments(db, 'p', 'مدينة طنجة')).toEqual([ids[0], ids[2]]);
    expect(await searchDocuments(db, 'p', 'فاس')).toEqual([]);
    expect(await searchDocuments(db, 'p', ' \u064E ')).toEqual([]);
  });

  it('gives import order, not the order of the documents\' keys, however many match', async () => {
    const { db, ids } = await projectOf(Array.from({ length: 60 }, (_, i) => `خبر من الرباط رقم ${i}`));
    expect([...ids].sort()).not.toEqual(ids);
    expect(await searchDocuments(db, 'p', 'الرباط')).toEqual(ids);
    expect(await searchDocuments(db, 'p', 'رقم 59')).toEqual([ids[59]]);
  });

  it('stops a search the user has moved on from', async () => {
    const { db } = await projectOf(Array.from({ length: 1200 }, (_, i) => `نص رقم ${i}`));
    const controller = new AbortController();
    controller.abort();
    await expect(searchDocuments(db, 'p', 'نص', controller.signal)).rejects.toThrow();
    expect(await searchDocuments(db, 'p', 'رقم 1199')).toHaveLength(1);
  });
});
