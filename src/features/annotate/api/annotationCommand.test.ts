import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../../../core/model/annotation.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';
import { applyCommand } from './annotationCommand.ts';

// في الرباط وفي الرباط ثم الرباط: three matches of الرباط.
const MATCHES = [{ start: 3, end: 9 }, { start: 14, end: 20 }, { start: 24, end: 30 }];

function record(entities: EntitySpan[]): AnnotationRecord {
  return { projectId: 'p', docId: 'd', annotator: 'a', status: 'new', updatedAt: 1, rev: 1, entities, events: [], stance: [] };
}

describe('annotation commands on the record as stored', () => {
  it('tag all adds the matches the stored record lacks, as one undo step, and says how many', () => {
    // A key that outran the render tagged the second match already.
    const stored = record([{ id: 'e1', start: 14, end: 20, label: 'GPE' }, { id: 'e2', start: 24, end: 30, label: 'LOC' }]);
    const outcome = applyCommand({ type: 'tag-all', matches: MATCHES, tag: 'GPE' }, stored);
    if ('refused' in outcome) throw new Error(outcome.refused.ok ? '' : outcome.refused.reason);
    expect(outcome.result).toEqual({ ok: true, added: 2 });
    expect(outcome.record.entities.map((s) => [s.id, s.start, s.label])).toEqual([
      ['e3', 3, 'GPE'],
      ['e1', 14, 'GPE'],
      ['e4', 24, 'GPE'],
      ['e2', 24, 'LOC'],
    ]);
    expect(outcome.record.status).toBe('in_progress');
    const undone = applyCommand({ type: 'undo' }, outcome.record);
    if ('refused' in undone) throw new Error('undo refused');
    expect(undone.record.entities).toEqual(stored.entities);
  });

  it('tag all refuses when the stored record has every match tagged so', () => {
    const stored = record(MATCHES.map((m, i) => ({ id: `e${i + 1}`, ...m, label: 'GPE' })));
    expect(applyCommand({ type: 'tag-all', matches: MATCHES, tag: 'GPE' }, stored)).toEqual({ refused: { ok: false, reason: 'no-change' } });
  });

  it('resize works out the bounds from the span as stored, keeping its id', () => {
    const stored = record([{ id: 'e1', start: 3, end: 9, label: 'GPE' }]);
    const seen: EntitySpan[] = [];
    const outcome = applyCommand({ type: 'resize', id: 'e1', bounds: (span) => (seen.push(span), { start: span.start, end: span.end + 11 }) }, stored);
    if ('refused' in outcome) throw new Error('resize refused');
    expect(seen).toEqual([stored.entities[0]]);
    expect(outcome.record.entities).toEqual([{ id: 'e1', start: 3, end: 20, label: 'GPE' }]);
    expect(applyCommand({ type: 'resize', id: 'e9', bounds: () => ({ start: 0, end: 1 }) }, stored)).toEqual({ refused: { ok: false, reason: 'unknown-span' } });
  });

  it('accepting suggestions adds those the set lacks as one step, and remembers every decision', () => {
    const stored = record([{ id: 'e1', start: 3, end: 9, label: 'GPE' }]);
    const suggested: EntitySpan[] = [{ id: 's1', start: 3, end: 9, label: 'GPE' }, { id: 's2', start: 14, end: 20, label: 'LOC' }, { id: 's3', start: 24, end: 30, label: 'LOC' }];
    const outcome = applyCommand({ type: 'suggestions', decision: 'accepted', spans: suggested }, stored);
    if ('refused' in outcome) throw new Error('accept refused');
    expect(outcome.record.entities.map((s) => [s.start, s.label])).toEqual([[3, 'GPE'], [14, 'LOC'], [24, 'LOC']]);
    expect(outcome.record.history?.undo).toHaveLength(1);
    expect(Object.values(outcome.record.decisions ?? {})).toEqual(['accepted', 'accepted', 'accepted']);
    const undone = applyCommand({ type: 'undo' }, outcome.record);
    if ('refused' in undone) throw new Error('undo refused');
    expect(undone.record.entities).toEqual(stored.entities);
    // The decisions go with the spans, so the suggestions show again; redo brings both back.
    expect(undone.record.decisions).toBeUndefined();
    const redone = applyCommand({ type: 'redo' }, undone.record);
    if ('refused' in redone) throw new Error('redo refused');
    expect(redone.record.entities).toEqual(outcome.record.entities);
    expect(redone.record.decisions).toEqual(outcome.record.decisions);
  });

  it('a rejection is one undo step too, and undoing it keeps earlier decisions', () => {
    const stored = { ...record([]), decisions: { '0:2:PERS': 'accepted' as const } };
    const rejected = applyCommand({ type: 'suggestions', decision: 'rejected', spans: [{ id: 's2', start: 14, end: 20, label: 'LOC' }] }, stored);
    if ('refused' in rejected) throw new Error('reject refused');
    expect(rejected.record.decisions).toEqual({ '0:2:PERS': 'accepted', '14:20:LOC': 'rejected' });
    const undone = applyCommand({ type: 'undo' }, rejected.record);
    if ('refused' in undone) throw new Error('undo refused');
    expect(undone.record.decisions).toEqual({ '0:2:PERS': 'accepted' });
    expect(undone.record.history?.redo).toHaveLength(1);
  });

  it('a new span whose id another tab took gets a fresh one', () => {
    const stored = record([{ id: 'e1', start: 3, end: 9, label: 'GPE' }]);
    const outcome = applyCommand({ type: 'edit', edit: { op: 'add', span: { id: 'e1', start: 14, end: 20, label: 'GPE' } } }, stored);
    if ('refused' in outcome) throw new Error('add refused');
    expect(outcome.record.entities.map((s) => s.id)).toEqual(['e1', 'e2']);
  });

  it('accepting a suggested stance makes it the annotator’s label toward its target, one undo step; rejecting only remembers it', () => {
    const suggested = { id: 's9', target: 'الحكومة', targetEntity: null, label: 'against' };
    const stored = { ...record([]), stance: [{ id: 's1', target: 'الحكومة', targetEntity: null, label: 'favor' }] };
    const accepted = applyCommand({ type: 'stance-suggestion', decision: 'accepted', stance: suggested }, stored);
    if ('refused' in accepted) throw new Error('accept refused');
    expect(accepted.record.stance).toEqual([{ id: 's1', target: 'الحكومة', targetEntity: null, label: 'against' }]);
    expect(accepted.record.decisions).toEqual({ 'stance:["الحكومة","against"]': 'accepted' });
    const undone = applyCommand({ type: 'undo' }, accepted.record);
    if ('refused' in undone) throw new Error('undo refused');
    expect(undone.record.stance).toEqual(stored.stance);
    expect(undone.record.decisions).toBeUndefined();

    const rejected = applyCommand({ type: 'stance-suggestion', decision: 'rejected', stance: suggested }, stored);
    if ('refused' in rejected) throw new Error('reject refused');
    expect(rejected.record.stance).toEqual(stored.stance);
    expect(rejected.record.decisions).toEqual({ 'stance:["الحكومة","against"]': 'rejected' });
  });

  it('accepting a suggested event adds it pointing at the annotator’s spans, with those the set lacks, as one undo step', () => {
    const suggestion = {
      key: 'event:k',
      event: { id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 }, arguments: [{ role: 'Person', entity: 'e1' }, { role: 'Place', entity: 'e2' }] },
      arguments: [
        { role: 'Person', span: { start: 11, end: 16, label: 'PERS' } },
        { role: 'Place', span: { start: 20, end: 33, label: 'GPE' } },
      ],
    };
    const own = { id: 'e4', start: 11, end: 16, label: 'PERS' };
    const stored = record([own]);
    const accepted = applyCommand({ type: 'event-suggestion', decision: 'accepted', suggestion }, stored);
    if ('refused' in accepted) throw new Error('accept refused');
    const added = accepted.record.entities.find((span) => span.label === 'GPE')!;
    expect(accepted.record.entities).toEqual([own, { id: added.id, start: 20, end: 33, label: 'GPE' }]);
    expect(added.id).not.toBe('e4');
    expect(accepted.record.events).toEqual([
      { id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 }, arguments: [{ role: 'Person', entity: 'e4' }, { role: 'Place', entity: added.id }] },
    ]);
    expect(accepted.record.decisions).toEqual({ 'event:k': 'accepted', '20:33:GPE': 'accepted' });
    expect(accepted.record.history?.undo).toHaveLength(1);

    const undone = applyCommand({ type: 'undo' }, accepted.record);
    if ('refused' in undone) throw new Error('undo refused');
    expect(undone.record.events).toEqual([]);
    expect(undone.record.entities).toEqual([own]);
    expect(undone.record.decisions).toBeUndefined();
    const redone = applyCommand({ type: 'redo' }, undone.record);
    if ('refused' in redone) throw new Error('redo refused');
    expect(redone.record.entities).toEqual(accepted.record.entities);
    expect(redone.record.events).toEqual(accepted.record.events);

    // With every entity in the set already, only the event is added, still one step.
    const ready = applyCommand({ type: 'event-suggestion', decision: 'accepted', suggestion }, record(accepted.record.entities));
    if ('refused' in ready) throw new Error('accept refused');
    expect(ready.record.entities).toEqual(accepted.record.entities);
    expect(ready.record.history?.undo).toEqual([
      { op: 'compound', steps: [{ op: 'decisions', changes: [{ key: 'event:k', decision: null }] }, { op: 'events', events: [] }] },
    ]);

    const dangling = { ...suggestion, arguments: [{ role: 'Person', span: null }] };
    expect(applyCommand({ type: 'event-suggestion', decision: 'accepted', suggestion: dangling }, stored)).toEqual({ refused: { ok: false, reason: 'argument-unknown' } });

    const rejected = applyCommand({ type: 'event-suggestion', decision: 'rejected', suggestion }, record([]));
    if ('refused' in rejected) throw new Error('reject refused');
    expect(rejected.record.decisions).toEqual({ 'event:k': 'rejected' });
  });
});
