import { describe, expect, it } from 'vitest';
import { openTestDb } from './testDb.ts';
import { changeAnnotationRecord, getAnnotationRecord } from './annotationWrites.ts';
import type { AnnotationRecord } from './tawsimSchema.ts';

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

  it('changes the copy the caller knows when it is what is stored, and the stored record when another write came between', async () => {
    const db = await openTestDb();
    const addSpan = (id: string) => (current: AnnotationRecord) => ({
      record: { ...current, entities: [...current.entities, { id, start: 0, end: 3, label: 'GPE' }] },
      result: current,
    });
    const { record: known } = await changeAnnotationRecord(db, key, addSpan('e1'));
    const fresh = await changeAnnotationRecord(db, key, addSpan('e2'), known);
    expect(fresh.result).toBe(known);

    // `known` now lags a write behind: its rev no longer matches, so the stored record is read.
    const stale = await changeAnnotationRecord(db, key, addSpan('e3'), known);
    expect(stale.result).not.toBe(known);
    expect(stale.record.entities.map((s) => s.id)).toEqual(['e1', 'e2', 'e3']);

    // Same rev, another write's time (a set replaced outside this tab): not taken as known.
    const lookalike = { ...stale.record, updatedAt: stale.record.updatedAt + 1, entities: [] };
    const checked = await changeAnnotationRecord(db, key, addSpan('e4'), lookalike);
    expect(checked.record.entities.map((s) => s.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
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
