import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';
import { editedRecord, shareAnnotationRecord } from './shareAnnotationRecord.ts';

const span = (id: string, start: number, label = 'PERS') => ({ id, start, end: start + 3, label });

function record(entities: AnnotationRecord['entities'], rev = 1): AnnotationRecord {
  return { projectId: 'p', docId: 'd', annotator: 'a', status: 'in_progress', entities, events: [], stance: [], updatedAt: 1, rev };
}

describe('shareAnnotationRecord', () => {
  it('keeps every unchanged span object when one span is inserted before them', () => {
    const previous = record([span('e1', 10), span('e2', 20)]);
    const next = record([span('e3', 0), ...structuredClone(previous.entities)]);
    const shared = shareAnnotationRecord(previous, next);
    expect(shared.entities).toEqual(next.entities);
    expect(shared.entities[0]).toBe(next.entities[0]);
    expect(shared.entities[1]).toBe(previous.entities[0]);
    expect(shared.entities[2]).toBe(previous.entities[1]);
  });

  it('returns the previous record when the new one is equal to it', () => {
    const previous = record([span('e1', 10), span('e2', 20)]);
    expect(shareAnnotationRecord(previous, structuredClone(previous))).toBe(previous);
  });

  it('takes a changed span and the other changed fields from the new record', () => {
    const previous = record([span('e1', 10), span('e2', 20)]);
    const next = record([span('e1', 10), span('e2', 20, 'LOC')], 2);
    const shared = shareAnnotationRecord(previous, next);
    expect(shared).toEqual(next);
    expect(shared.entities[0]).toBe(previous.entities[0]);
    expect(shared.entities[1]).toBe(next.entities[1]);
    expect(shared.events).toBe(previous.events);
  });

  it('keeps the previous list when only the other fields change', () => {
    const previous = record([span('e1', 10)]);
    const shared = shareAnnotationRecord(previous, { ...structuredClone(previous), status: 'done' });
    expect(shared.status).toBe('done');
    expect(shared.entities).toBe(previous.entities);
  });

  it('keeps the other spans when one is removed, and gives a new list', () => {
    const previous = record([span('e1', 10), span('e2', 20), span('e3', 30), span('e4', 40)]);
    const next = record([previous.entities[0]!, ...structuredClone(previous.entities.slice(2))]);
    const shared = shareAnnotationRecord(previous, next);
    expect(shared.entities.map((s) => s.id)).toEqual(['e1', 'e3', 'e4']);
    expect(shared.entities[1]).toBe(previous.entities[2]);
    expect(shared.entities[2]).toBe(previous.entities[3]);
  });

  it('does not take a span with a field more or less as unchanged', () => {
    const previous = record([span('e1', 10), span('e2', 20)]);
    const widened = { ...span('e2', 20), note: 'x' };
    const next = record([span('e1', 10), widened as AnnotationRecord['entities'][number]]);
    expect(shareAnnotationRecord(previous, next).entities[1]).toBe(widened);
    expect(shareAnnotationRecord(next, structuredClone(previous)).entities[1]).not.toHaveProperty('note');
  });

  it('takes a record edited from the previous one as it is, and shares one edited from another', () => {
    const previous = record([span('e1', 10), span('e2', 20)]);
    const edited = editedRecord(previous, { ...previous, entities: [span('e0', 0), ...previous.entities], rev: 2 });
    expect(shareAnnotationRecord(previous, edited)).toBe(edited);
    const fromElsewhere = editedRecord(record([span('e9', 90)]), structuredClone(previous));
    expect(shareAnnotationRecord(previous, fromElsewhere)).toBe(previous);
  });
});
