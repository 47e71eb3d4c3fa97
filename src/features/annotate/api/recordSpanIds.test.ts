import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newSpanId } from '../../../core/annotate/spanId.ts';
import type { HistoryStep } from '../../../core/annotate/editHistory.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';
import { freshSpanIds, isUsedId, nextSpanId, usedSpanIds } from './recordSpanIds.ts';

function record(entityIds: string[], eventIds: string[], undo: HistoryStep[], redo: HistoryStep[] = []): AnnotationRecord {
  return {
    projectId: 'p', docId: 'd', annotator: 'a', status: 'in_progress', updatedAt: 1, rev: 1,
    entities: entityIds.map((id, i) => ({ id, start: i, end: i + 1, label: 'PERS' })),
    events: eventIds.map((id) => ({ id, type: 'Attack', trigger: null, arguments: [] })),
    stance: [],
    history: { undo, redo },
  };
}

describe('span ids of an annotation set', () => {
  it('lists the ids of spans, events and history steps, and tells whether one is used', () => {
    const set = record(['e1', 'x'], ['e7'], [{ op: 'remove', id: 'e9' }, { op: 'events', events: [{ id: 'e12', type: 'Attack', trigger: null, arguments: [] }] }], [
      { op: 'add', span: { id: 'e4', start: 0, end: 1, label: 'GPE' } },
    ]);
    expect(usedSpanIds(set).sort()).toEqual(['e1', 'e12', 'e4', 'e7', 'e9', 'x']);
    expect(isUsedId(set, 'e12')).toBe(true);
    expect(isUsedId(set, 'e13')).toBe(false);
    expect(nextSpanId(set)).toBe('e13');
  });

  it('gives the id newSpanId gives over every used id', () => {
    const id = fc.oneof(fc.nat({ max: 50 }).map((n) => `e${n}`), fc.string(), fc.constant('e999999999999999'), fc.constant('e1000000000000000'));
    const step = fc.oneof(
      id.map((value): HistoryStep => ({ op: 'remove', id: value })),
      id.map((value): HistoryStep => ({ op: 'add', span: { id: value, start: 0, end: 1, label: 'PERS' } })),
    );
    fc.assert(
      fc.property(fc.array(id), fc.array(id, { maxLength: 3 }), fc.array(step, { maxLength: 5 }), fc.array(step, { maxLength: 3 }), (entities, events, undo, redo) => {
        const set = record(entities, events, undo, redo);
        expect(nextSpanId(set)).toBe(newSpanId(usedSpanIds(set)));
      }),
    );
  });

  it('tells whether an id is used as the list of used ids does, asked in any order', () => {
    const id = fc.oneof(fc.nat({ max: 30 }).map((n) => `e${n}`), fc.nat({ max: 30 }).map((n) => `e0${n}`), fc.string({ maxLength: 3 }), fc.constant('e999999999999999'));
    const step = id.map((value): HistoryStep => ({ op: 'remove', id: value }));
    fc.assert(
      fc.property(fc.array(id), fc.array(id, { maxLength: 3 }), fc.array(step, { maxLength: 5 }), fc.array(id, { minLength: 1, maxLength: 8 }), (entities, events, undo, asked) => {
        const set = record(entities, events, undo);
        const used = usedSpanIds(set);
        for (const candidate of [...asked, nextSpanId(set), ...asked]) expect(isUsedId(set, candidate)).toBe(used.includes(candidate));
      }),
    );
  });

  it('counts the ids inside a batch step, and gives fresh ids for spans added together', () => {
    const batch: HistoryStep = { op: 'batch', edits: [{ op: 'remove', id: 'e20' }, { op: 'remove', id: 'e21' }] };
    const set = record(['e1'], [], [batch]);
    expect(usedSpanIds(set).sort()).toEqual(['e1', 'e20', 'e21']);
    expect(isUsedId(set, 'e21')).toBe(true);
    expect(freshSpanIds(set, 3)).toEqual(['e22', 'e23', 'e24']);
    const huge = record(['e999999999999998'], [], []);
    const ids = freshSpanIds(huge, 3);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(usedSpanIds(huge)).not.toContain(id);
  });
});
