import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../core/model/annotation.ts';
import { openTestDb, putAnnotationRecord } from './testDb.ts';
import { createProject } from './projectStore.ts';
import type { AnnotationRecord } from './tawsimSchema.ts';
import { ACTIVE_GAP_MS, afterEdit, projectActivity, recordEdit } from './activityStore.ts';
import { projectProgress } from './progressStore.ts';

const span = (id: string, label: string): EntitySpan => ({ id, start: 0, end: 3, label });
const set = (projectId: string, docId: string, annotator: string, status: AnnotationRecord['status'], entities: EntitySpan[]): AnnotationRecord => ({
  projectId, docId, annotator, status, entities, events: [], stance: [], updatedAt: 1, rev: 1,
});

describe('afterEdit', () => {
  const ids = { projectId: 'p', annotator: 'Amal', docId: 'p:d' };
  it('counts short gaps between edits and skips breaks', () => {
    let record = afterEdit(undefined, ids, 1_000);
    expect(record.activeMs).toBe(0);
    record = afterEdit(record, ids, 31_000);
    expect(record.activeMs).toBe(30_000);
    record = afterEdit(record, ids, 31_000 + ACTIVE_GAP_MS + 1);
    expect(record.activeMs).toBe(30_000);
    // A clock that went backwards adds nothing.
    expect(afterEdit(record, ids, 0).activeMs).toBe(30_000);
  });
});

describe('projectProgress', () => {
  it('sums documents done, spans per label and active time per annotator, leaving suggestions out', async () => {
    const db = await openTestDb();
    const projectId = 'p1';
    await createProject(db, projectId, 'P');
    await putAnnotationRecord(db, set(projectId, `${projectId}:a`, 'Amal', 'done', [span('T1', 'GPE'), span('T2', 'PERS')]));
    await putAnnotationRecord(db, set(projectId, `${projectId}:b`, 'Amal', 'in_progress', [span('T1', 'GPE')]));
    await putAnnotationRecord(db, set(projectId, `${projectId}:a`, 'Badr', 'done', []));
    await putAnnotationRecord(db, set(projectId, `${projectId}:a`, '~suggestions', 'new', [span('T1', 'ORG')]));
    await recordEdit(db, projectId, 'Amal', `${projectId}:a`, 1_000);
    await recordEdit(db, projectId, 'Amal', `${projectId}:a`, 61_000);
    await recordEdit(db, 'other', 'Amal', 'other:a', 1_000);

    expect(await projectActivity(db, projectId)).toHaveLength(1);
    const progress = await projectProgress(db, projectId);
    expect(progress.doneByAnyone).toBe(1);
    expect(progress.annotators).toEqual([
      { annotator: 'Amal', done: 1, inProgress: 1, spans: 3, spansByLabel: { GPE: 2, PERS: 1 }, activeMs: 60_000 },
      { annotator: 'Badr', done: 1, inProgress: 0, spans: 0, spansByLabel: {}, activeMs: 0 },
    ]);
    db.close();
  });
});
