import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HashedDocument } from '../core/model/document.ts';
import { changeAnnotationRecord } from './annotationWrites.ts';
import { writeDocumentBatch } from './documentStore.ts';
import { createProject } from './projectStore.ts';
import { listProjectAnnotators, readAgreementPage } from './reviewStore.ts';
import { openTestDb } from './testDb.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';

function doc(text: string): HashedDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return { id: hash.slice(0, 16), hash, text, meta: { kind: 'text' } };
}

async function tag(db: TawsimDatabase, projectId: string, docId: string, annotator: string, label: string | null) {
  await changeAnnotationRecord(db, { projectId, docId, annotator }, (current) => ({
    record: { ...current, status: 'in_progress', entities: label ? [{ id: 'e1', start: 0, end: 2, label }] : [] },
    result: null,
  }));
}

describe('reviewStore', () => {
  it('lists the annotators of a project with their document counts, and no other project’s', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    await createProject(db, 'p2', 'Two');
    const { added } = await writeDocumentBatch(db, 'p1', [doc('أب ت'), doc('ثج ح')]);
    const [other] = (await writeDocumentBatch(db, 'p2', [doc('خد ذ')])).added;
    await tag(db, 'p1', added[0]!.id, 'amal', 'GPE');
    await tag(db, 'p1', added[1]!.id, 'amal', 'GPE');
    await tag(db, 'p1', added[0]!.id, 'gold', 'GPE');
    await tag(db, 'p2', other!.id, 'zaid', 'GPE');
    expect(await listProjectAnnotators(db, 'p1')).toEqual([
      { name: 'amal', documents: 2 },
      { name: 'gold', documents: 1 },
    ]);
  });

  it('reads documents in pages with the chosen sets, and texts only where two annotated', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    const { added } = await writeDocumentBatch(db, 'p1', [doc('أب ت'), doc('ثج ح'), doc('خد ذ')]);
    await tag(db, 'p1', added[0]!.id, 'amal', 'GPE');
    await tag(db, 'p1', added[0]!.id, 'omar', 'LOC');
    await tag(db, 'p1', added[1]!.id, 'amal', 'GPE');
    await tag(db, 'p1', added[2]!.id, 'zaid', 'GPE');
    const first = await readAgreementPage(db, 'p1', ['amal', 'omar'], -1, 2);
    expect(first.nextAfterSeq).toBe(1);
    expect(first.documents.map((d) => ({ id: d.docId, text: d.text, who: [...d.annotations.keys()] }))).toEqual([
      { id: added[0]!.id, text: 'أب ت', who: ['amal', 'omar'] },
      { id: added[1]!.id, text: '', who: ['amal'] },
    ]);
    expect(first.documents[0]!.annotations.get('omar')?.entities[0]?.label).toBe('LOC');
    const second = await readAgreementPage(db, 'p1', ['amal', 'omar'], first.nextAfterSeq!, 2);
    expect(second.nextAfterSeq).toBeNull();
    expect(second.documents.map((d) => d.annotations.size)).toEqual([0]);

    // The sets come in the order asked for, whoever else annotated the document.
    await tag(db, 'p1', added[0]!.id, 'zaid', 'ORG');
    const [both] = (await readAgreementPage(db, 'p1', ['omar', 'amal'], -1, 1)).documents;
    expect([...both!.annotations].map(([name, set]) => `${name}:${set.entities[0]?.label}`)).toEqual(['omar:LOC', 'amal:GPE']);
  });
});
