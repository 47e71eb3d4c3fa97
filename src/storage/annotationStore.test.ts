import { describe, expect, it } from 'vitest';
import { openTestDb } from './testDb.ts';
import { changeAnnotationRecord } from './annotationWrites.ts';
import { listStatus, projectAnnotators } from './annotationStore.ts';

describe('annotation queries', () => {
  it('lists each project’s annotators once', async () => {
    const db = await openTestDb();
    for (const [projectId, docId, annotator] of [['p1', 'p1:a', 'omar'], ['p1', 'p1:b', 'omar'], ['p1', 'p1:a', 'amal'], ['p2', 'p2:a', 'sara']]) {
      await changeAnnotationRecord(db, { projectId: projectId!, docId: docId!, annotator: annotator! }, (c) => ({ record: { ...c, status: 'done' }, result: null }));
    }
    expect(await projectAnnotators(db, 'p1')).toEqual(['amal', 'omar']);
    expect(await projectAnnotators(db, 'p2')).toEqual(['sara']);
  });

  it('shows a document as far as anyone got, or as one annotator’s own status', () => {
    const set = (annotator: string, status: 'new' | 'in_progress' | 'done') => ({
      docId: 'd', annotator, status, projectId: 'p', entities: [], events: [], stance: [], updatedAt: 0, rev: 1,
    });
    expect(listStatus([])).toBe('new');
    expect(listStatus([set('a', 'in_progress'), set('b', 'done')])).toBe('done');
    expect(listStatus([set('a', 'in_progress'), set('b', 'done')], 'a')).toBe('in_progress');
  });
});
