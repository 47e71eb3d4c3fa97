import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HashedDocument } from '../core/model/document.ts';
import { projectActivity, recordEdit } from './activityStore.ts';
import { projectAnnotators } from './annotationStore.ts';
import { changeAnnotationRecord, getAnnotationRecord } from './annotationWrites.ts';
import { writeDocumentBatch } from './documentStore.ts';
import { exportProjectBundle } from './exchangeStore.ts';
import { namesUnder } from './keyRanges.ts';
import { projectProgress } from './progressStore.ts';
import { createProject, deleteProject } from './projectStore.ts';
import { listProjectAnnotators } from './reviewStore.ts';
import { countEntityLabelUse, renameEntityTagEverywhere } from './schemaStore.ts';
import { openTestDb } from './testDb.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';

/** Names are free text: one that starts with the highest code unit, one with an astral character. */
const EDGE = '\uffff\u0644';
const ASTRAL = '\u{1F600} سارة';

function doc(text: string): HashedDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return { id: hash.slice(0, 16), hash, text, meta: { kind: 'text' } };
}

async function tag(db: TawsimDatabase, projectId: string, docId: string, annotator: string) {
  await changeAnnotationRecord(db, { projectId, docId, annotator }, (current) => ({
    record: { ...current, status: 'done', entities: [{ id: 'e1', start: 0, end: 2, label: 'PERS' }] },
    result: null,
  }));
}

async function seeded(): Promise<{ db: TawsimDatabase; docId: string }> {
  const db = await openTestDb();
  await createProject(db, 'p1', 'One');
  await createProject(db, 'p2', 'Two');
  const [added] = (await writeDocumentBatch(db, 'p1', [doc('أب ت')])).added;
  const [other] = (await writeDocumentBatch(db, 'p2', [doc('ثج ح')])).added;
  for (const name of ['amal', EDGE, ASTRAL]) await tag(db, 'p1', added!.id, name);
  await tag(db, 'p2', other!.id, EDGE);
  return { db, docId: added!.id };
}

describe('namesUnder', () => {
  it('takes in every string after the first key part, and nothing of a neighbouring key', () => {
    const range = namesUnder('p1');
    for (const name of ['', 'amal', EDGE, '\uffff\uffff', ASTRAL]) expect(range.includes(['p1', name])).toBe(true);
    expect(range.includes(['p2', 'amal'])).toBe(false);
    expect(range.includes(['p10', ''])).toBe(false);
  });

  it('lets no annotator’s work escape a project-wide read, write or delete', async () => {
    const { db, docId } = await seeded();
    const everyone = [ASTRAL, 'amal', EDGE].sort();
    expect(await projectAnnotators(db, 'p1')).toEqual(everyone);
    expect((await listProjectAnnotators(db, 'p1')).map((a) => a.name)).toEqual(everyone);
    expect((await projectProgress(db, 'p1')).annotators.map((a) => a.annotator).sort()).toEqual(everyone);
    expect((await exportProjectBundle(db, 'p1')).annotations.map((a) => a.annotator).sort()).toEqual(everyone);
    expect((await countEntityLabelUse(db, 'p1')).PERS).toEqual({ spans: 3, annotators: 3 });

    await renameEntityTagEverywhere(db, 'p1', 'PERS', 'PER');
    for (const name of everyone) expect((await getAnnotationRecord(db, docId, name))?.entities[0]?.label).toBe('PER');

    await recordEdit(db, 'p1', EDGE, docId, 1_000);
    expect((await projectActivity(db, 'p1')).map((a) => a.annotator)).toEqual([EDGE]);

    await deleteProject(db, 'p1');
    for (const name of everyone) expect(await getAnnotationRecord(db, docId, name)).toBeUndefined();
    expect(await projectAnnotators(db, 'p2')).toEqual([EDGE]);
    db.close();
  });
});
