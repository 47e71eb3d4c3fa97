import { describe, expect, it } from 'vitest';
import { openTestDb } from './testDb.ts';
import { changeAnnotationRecord, getAnnotationRecord } from './annotationWrites.ts';

const key = { projectId: 'p1', docId: 'p1:abc', annotator: 'amal' };

describe('changeAnnotationRecord', () => {
  it('creates the record on first change and bumps rev on every write', async () => {
    const db = await openTestDb();
    const first = await changeAnnotationRecord(db, key, (current) => ({
      record: { ...current, entities: [{ id: 'e1', start: 0, end: 3, label: 'GPE' }] },
      result: 'ok',
    }));
    expect(first.record.rev).toBe(1);
    const second = await changeAnnotationRecord(db, key, (current) => ({
      record: { ...current, status: 'done' },
      result: 'ok',
    }));
    expect(second.record.rev).toBe(2);
    const stored = await getAnnotationRecord(db, key.docId, key.annotator);
    expect(stored?.entities).toHaveLength(1);
    expect(stored?.status).toBe('done');
  });

  it('applies concurrent changes one after the other, so none is lost', async () => {
    const db = await openTestDb();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        changeAnnotationRecord(db, key, (current) => ({
          record: { ...current, entities: [...current.entities, { id: `e${i}`, start: i, end: i + 1, label: 'PERS' }] },
          result: i,
        })),
      ),
    );
    const stored = await getAnnotationRecord(db, key.docId, key.annotator);
    expect(stored?.entities).toHaveLength(10);
    expect(stored?.rev).toBe(10);
  });

  it('keeps annotators apart', async () => {
    const db = await openTestDb();
    await changeAnnotationRecord(db, key, (c) => ({ record: { ...c, status: 'done' }, result: null }));
    await changeAnnotationRecord(db, { ...key, annotator: 'omar' }, (c) => ({ record: { ...c, status: 'in_progress' }, result: null }));
    expect((await getAnnotationRecord(db, key.docId, 'amal'))?.status).toBe('done');
    expect((await getAnnotationRecord(db, key.docId, 'omar'))?.status).toBe('in_progress');
  });

  it('writes nothing when the change is refused', async () => {
    const db = await openTestDb();
    const outcome = await changeAnnotationRecord(db, key, () => ({ refused: 'duplicate-span' }));
    expect(outcome.written).toBe(false);
    expect(await getAnnotationRecord(db, key.docId, key.annotator)).toBeUndefined();
  });
});
