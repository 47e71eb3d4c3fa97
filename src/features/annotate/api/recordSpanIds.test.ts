import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newSpanId } from '../../../core/annotate/spanId.ts';
import type { HistoryStep } from '../../../core/annotate/editHistory.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';
import { applyCommand, type AnnotationCommand } from './annotationCommand.ts';
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

describe('the highest id carried from one record to the next', () => {
  type Step = { kind: 'add-next' } | { kind: 'add'; id: string } | { kind: 'remove'; pick: number } | { kind: 'undo' } | { kind: 'redo' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constant<Step>({ kind: 'add-next' }),
    fc.oneof(fc.nat({ max: 40 }).map((n) => `e${n}`), fc.string({ maxLength: 3 })).map((id): Step => ({ kind: 'add', id })),
    fc.nat().map((pick): Step => ({ kind: 'remove', pick })),
    fc.constant<Step>({ kind: 'undo' }),
    fc.constant<Step>({ kind: 'redo' }),
  );

  it('never lets nextSpanId give, or isUsedId call free, an id the set has used, through any edits, undos and redos', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }).map((n) => `e${n}`), { maxLength: 6 }), fc.array(step, { maxLength: 40 }), (ids, steps) => {
        let current = record([...new Set(ids)], [], []);
        // As the screen does: the first keystroke reads every id, later ones carry the number.
        nextSpanId(current);
        let offset = 100;
        for (const next of steps) {
          const command: AnnotationCommand =
            next.kind === 'undo' || next.kind === 'redo'
              ? { type: next.kind }
              : next.kind === 'remove'
                ? { type: 'edit', edit: { op: 'remove', id: current.entities[next.pick % Math.max(1, current.entities.length)]?.id ?? 'none' } }
                : { type: 'edit', edit: { op: 'add', span: { id: next.kind === 'add' ? next.id : nextSpanId(current), start: offset, end: ++offset, label: 'PERS' } } };
          const applied = applyCommand(command, current);
          if ('refused' in applied) continue;
          current = applied.record;
          const used = usedSpanIds(current);
          const proposed = nextSpanId(current);
          expect(used).not.toContain(proposed);
          for (const id of [...used, proposed]) expect(isUsedId(current, id)).toBe(used.includes(id));
        }
      }),
    );
  });

  it('gives the next number after an add, an undo and a redo without reading the ids again', () => {
    let current = record(['e1', 'e2'], [], []);
    expect(nextSpanId(current)).toBe('e3');
    const steps: AnnotationCommand[] = [
      { type: 'edit', edit: { op: 'add', span: { id: 'e3', start: 10, end: 11, label: 'GPE' } } },
      { type: 'undo' },
      { type: 'redo' },
    ];
    for (const command of steps) {
      const applied = applyCommand(command, current);
      if ('refused' in applied) throw new Error('refused');
      current = applied.record;
      // A record made by the command has its number already: the ids read below would say otherwise if it read them.
      current.entities.push({ id: 'e50', start: 20, end: 21, label: 'GPE' });
      expect(nextSpanId(current)).toBe('e4');
      // So does the record a write reads back, shared with the one shown but for its revision.
      expect(nextSpanId({ ...current, rev: current.rev + 1, updatedAt: 2 })).toBe('e4');
      current.entities.pop();
    }
  });
});
