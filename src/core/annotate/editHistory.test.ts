import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntitySpan, EventAnnotation, StanceAnnotation } from '../model/annotation.ts';
import {
  applyEdit,
  applyEdits,
  DEFAULT_HISTORY_LIMIT,
  historyUsesTag,
  emptyHistory,
  recordLayerChange,
  recordSteps,
  changeDecisions,
  redoEdit as redoLayers,
  renameTagInHistory,
  undoEdit as undoLayers,
  type EditHistory,
  type HistoryResult,
  type UndoableLayers,
  type UndoResult,
} from './editHistory.ts';
import type { Edit } from './spanEdits.ts';
import { newSpanId } from './spanId.ts';

interface State {
  spans: EntitySpan[];
  history: EditHistory;
}

function ok(result: HistoryResult | UndoResult): State {
  if (result.ok && 'layers' in result) throw new Error('expected spans');
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

/** Undo and redo over spans alone, as most of these tests need them. */
function onSpans(result: UndoResult): HistoryResult | Extract<UndoResult, { ok: false }> {
  return result.ok ? { ok: true, spans: result.layers.entities, history: result.history } : result;
}
const spansOnly = (spans: EntitySpan[]): UndoableLayers => ({ entities: spans, events: [], stance: [] });
const undoEdit = (history: EditHistory, spans: EntitySpan[], limit?: number) => onSpans(undoLayers(history, spansOnly(spans), limit));
const redoEdit = (history: EditHistory, spans: EntitySpan[], limit?: number) => onSpans(redoLayers(history, spansOnly(spans), limit));

function addEdit(spans: readonly EntitySpan[], start: number, end: number, label: string): Edit {
  return { op: 'add', span: { id: newSpanId(spans.map((s) => s.id)), start, end, label } };
}

/** Round-trips the history through JSON, as storage would across a reload. */
function reloaded(state: State): State {
  return JSON.parse(JSON.stringify(state)) as State;
}

describe('edit history', () => {
  it('undoes and redoes a sequence of add, relabel, resize and remove', () => {
    const states: EntitySpan[][] = [];
    let state: State = { spans: [], history: emptyHistory() };
    const steps: ((spans: EntitySpan[]) => Edit)[] = [
      (spans) => addEdit(spans, 0, 23, 'ORG'),
      (spans) => addEdit(spans, 15, 23, 'GPE'), // nested in the ORG
      () => ({ op: 'relabel', id: 'e2', label: 'LOC' }),
      () => ({ op: 'resize', id: 'e1', start: 0, end: 14 }),
      () => ({ op: 'remove', id: 'e2' }),
    ];
    for (const step of steps) {
      states.push(state.spans);
      state = ok(applyEdit(state.history, state.spans, step(state.spans)));
    }
    const final = state.spans;
    expect(final).toEqual([{ id: 'e1', start: 0, end: 14, label: 'ORG' }]);

    for (let i = states.length - 1; i >= 0; i--) {
      state = ok(undoEdit(state.history, state.spans));
      expect(state.spans).toEqual(states[i]);
    }
    expect(undoEdit(state.history, state.spans)).toEqual({ ok: false, reason: 'nothing-to-undo' });

    for (let i = 1; i <= states.length; i++) {
      state = ok(redoEdit(state.history, state.spans));
      expect(state.spans).toEqual(i < states.length ? states[i] : final);
    }
    expect(redoEdit(state.history, state.spans)).toEqual({ ok: false, reason: 'nothing-to-redo' });
  });

  it('drops the redo stack when a new edit is made', () => {
    let state = ok(applyEdit(emptyHistory(), [], addEdit([], 0, 5, 'PER')));
    state = ok(applyEdit(state.history, state.spans, addEdit(state.spans, 6, 9, 'GPE')));
    state = ok(undoEdit(state.history, state.spans));
    expect(state.history.redo).toHaveLength(1);
    state = ok(applyEdit(state.history, state.spans, { op: 'relabel', id: 'e1', label: 'ORG' }));
    expect(state.history.redo).toEqual([]);
    expect(redoEdit(state.history, state.spans)).toEqual({ ok: false, reason: 'nothing-to-redo' });
  });

  it('survives a reload through JSON between any two steps', () => {
    let state = ok(applyEdit(emptyHistory(), [], addEdit([], 0, 5, 'PER')));
    state = reloaded(ok(applyEdit(state.history, state.spans, { op: 'remove', id: 'e1' })));
    state = reloaded(ok(undoEdit(state.history, state.spans)));
    expect(state.spans).toEqual([{ id: 'e1', start: 0, end: 5, label: 'PER' }]);
    state = reloaded(ok(undoEdit(state.history, state.spans)));
    expect(state.spans).toEqual([]);
    state = reloaded(ok(redoEdit(state.history, state.spans)));
    state = reloaded(ok(redoEdit(state.history, state.spans)));
    expect(state.spans).toEqual([]);
    expect(state.history.undo).toHaveLength(2);
  });

  it('leaves spans and history untouched when an edit is refused', () => {
    const state = ok(applyEdit(emptyHistory(), [], addEdit([], 0, 5, 'PER')));
    const duplicate: Edit = { op: 'add', span: { id: 'e2', start: 0, end: 5, label: 'PER' } };
    expect(applyEdit(state.history, state.spans, duplicate)).toEqual({ ok: false, reason: 'duplicate-span' });
    expect(state.history.undo).toHaveLength(1);
  });

  it('reports an undo that no longer fits spans changed outside the history', () => {
    const state = ok(applyEdit(emptyHistory(), [], addEdit([], 0, 5, 'PER')));
    expect(undoEdit(state.history, [])).toEqual({ ok: false, reason: 'unknown-span' });
  });

  it('forgets the oldest steps beyond the limit', () => {
    let state: State = { spans: [], history: emptyHistory() };
    for (let i = 0; i < 5; i++) {
      state = ok(applyEdit(state.history, state.spans, addEdit(state.spans, i * 10, i * 10 + 5, 'GPE'), 3));
    }
    expect(state.history.undo).toHaveLength(3);
    for (let i = 0; i < 3; i++) state = ok(undoEdit(state.history, state.spans, 3));
    expect(state.spans.map((s) => s.id)).toEqual(['e1', 'e2']);
    expect(undoEdit(state.history, state.spans, 3)).toEqual({ ok: false, reason: 'nothing-to-undo' });
  });

  it('caps at DEFAULT_HISTORY_LIMIT by default and keeps nothing with a limit of 0', () => {
    let state: State = { spans: [], history: emptyHistory() };
    for (let i = 0; i < DEFAULT_HISTORY_LIMIT + 5; i++) {
      state = ok(applyEdit(state.history, state.spans, addEdit(state.spans, i, i + 1, 'X')));
    }
    expect(state.history.undo).toHaveLength(DEFAULT_HISTORY_LIMIT);
    expect(ok(applyEdit(emptyHistory(), [], addEdit([], 0, 1, 'X'), 0)).history.undo).toEqual([]);
  });

  it('never changes the history it was given', () => {
    const history = emptyHistory();
    const state = ok(applyEdit(history, [], addEdit([], 0, 5, 'PER')));
    ok(undoEdit(state.history, state.spans));
    expect(history).toEqual({ undo: [], redo: [] });
    expect(state.history.undo).toHaveLength(1);
  });
});

describe('edits made as one (tagging every match of a find)', () => {
  const gpe = (id: string, start: number) => ({ op: 'add' as const, span: { id, start, end: start + 6, label: 'GPE' } });

  it('applies them all, and one undo or redo takes them all back or forward, across a reload', () => {
    let state = ok(applyEdit(emptyHistory(), [], addEdit([], 0, 3, 'PERS')));
    state = ok(applyEdits(state.history, state.spans, [gpe('e2', 40), gpe('e3', 10), gpe('e4', 80)]));
    expect(state.spans.map((s) => s.id)).toEqual(['e1', 'e3', 'e2', 'e4']);
    expect(state.history.undo).toHaveLength(2);
    state = reloaded(ok(undoEdit(state.history, state.spans)));
    expect(state.spans.map((s) => s.id)).toEqual(['e1']);
    state = reloaded(ok(redoEdit(state.history, state.spans)));
    expect(state.spans.map((s) => s.id)).toEqual(['e1', 'e3', 'e2', 'e4']);
    state = ok(undoEdit(state.history, state.spans));
    state = ok(undoEdit(state.history, state.spans));
    expect(state.spans).toEqual([]);
  });

  it('leaves out an edit refused where it comes, and one undo takes back the others', () => {
    const state = ok(applyEdits(emptyHistory(), [], [gpe('e1', 0)]));
    // e3 duplicates e1 (a span tagged meanwhile): e2 and e4 are applied, as one step.
    const result = applyEdits(state.history, state.spans, [gpe('e2', 10), gpe('e3', 0), gpe('e4', 20)]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.applied).toBe(2);
    expect(result.spans.map((s) => s.id)).toEqual(['e1', 'e2', 'e4']);
    expect(result.history.undo).toHaveLength(2);
    expect(ok(undoEdit(result.history, result.spans)).spans).toEqual(state.spans);
  });

  it('records a single applied edit as a step of its own, and refuses when none applies', () => {
    const state = ok(applyEdits(emptyHistory(), [], [gpe('e1', 0)]));
    expect(state.history.undo).toEqual([{ op: 'remove', id: 'e1' }]);
    expect(applyEdits(state.history, state.spans, [gpe('e2', 0)])).toEqual({ ok: false, reason: 'duplicate-span' });
    expect(applyEdits(state.history, state.spans, [])).toEqual({ ok: false, reason: 'no-change' });
  });

  it('any batch of adds, removes, relabels and resizes that applies is undone to the spans before, and redone to those after (property)', () => {
    type Draft = { kind: 'add'; start: number; length: number; label: string } | { kind: 'remove' | 'relabel' | 'resize'; target: number; at: number };
    const draft: fc.Arbitrary<Draft> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), start: fc.nat(20), length: fc.integer({ min: 1, max: 5 }), label: fc.constantFrom('GPE', 'LOC') }),
      fc.record({ kind: fc.constantFrom('remove' as const, 'relabel' as const, 'resize' as const), target: fc.nat(9), at: fc.nat(20) }),
    );
    const before: EntitySpan[] = [
      { id: 'e1', start: 0, end: 4, label: 'ORG' },
      { id: 'e2', start: 2, end: 4, label: 'GPE' },
      { id: 'e3', start: 8, end: 12, label: 'PERS' },
    ];
    let applied = 0;
    fc.assert(
      fc.property(fc.array(draft, { minLength: 1, maxLength: 8 }), (drafts) => {
        const ids = before.map((span) => span.id);
        const edits = drafts.map((d): Edit => {
          if (d.kind === 'add') {
            const id = `e${ids.length + 1}`;
            ids.push(id);
            return { op: 'add', span: { id, start: d.start, end: d.start + d.length, label: d.label } };
          }
          const id = ids[d.target % ids.length]!;
          if (d.kind === 'remove') return { op: 'remove', id };
          if (d.kind === 'relabel') return { op: 'relabel', id, label: d.at % 2 ? 'LOC' : 'DATE' };
          return { op: 'resize', id, start: d.at, end: d.at + 3 };
        });
        const result = applyEdits(emptyHistory(), before, edits);
        if (!result.ok) return;
        applied++;
        const undone = ok(undoEdit(result.history, result.spans));
        expect(undone.spans).toEqual(before);
        expect(ok(redoEdit(undone.history, undone.spans)).spans).toEqual(result.spans);
      }),
    );
    expect(applied).toBeGreaterThan(10);
  });

  it('renames a tag inside the batch and knows the batch uses it', () => {
    const state = ok(applyEdits(emptyHistory(), [], [gpe('e1', 0), gpe('e2', 10)]));
    const undone = ok(undoEdit(state.history, state.spans));
    expect(historyUsesTag(undone.history, 'GPE')).toBe(true);
    const renamed = renameTagInHistory(undone.history, 'GPE', 'LOC');
    expect(historyUsesTag(renamed, 'GPE')).toBe(false);
    expect(ok(redoEdit(renamed, undone.spans)).spans.map((s) => s.label)).toEqual(['LOC', 'LOC']);
    expect(renameTagInHistory(undone.history, 'ORG', 'LOC')).toBe(undone.history);
  });
});

describe('edit history of events and stance', () => {
  const arrest: EventAnnotation = { id: 'e3', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 }, arguments: [] };
  const favour: StanceAnnotation = { id: 's1', target: 'الأمن', targetEntity: null, label: 'favour' };

  it('undoes and redoes event and stance changes between span edits, in order, across a reload', () => {
    let layers: UndoableLayers = { entities: [], events: [], stance: [] };
    let history = emptyHistory();
    const span = ok(applyEdit(history, layers.entities, addEdit([], 0, 5, 'PER')));
    layers = { ...layers, entities: span.spans };
    history = recordLayerChange(span.history, { op: 'events', events: layers.events });
    layers = { ...layers, events: [arrest] };
    history = recordLayerChange(history, { op: 'stance', stance: layers.stance });
    layers = { ...layers, stance: [favour] };
    const done = layers;

    const step = (result: UndoResult) => {
      if (!result.ok) throw new Error(result.reason);
      ({ layers, history } = JSON.parse(JSON.stringify(result)) as { layers: UndoableLayers; history: EditHistory });
    };
    step(undoLayers(history, layers));
    expect(layers).toEqual({ entities: done.entities, events: [arrest], stance: [] });
    step(undoLayers(history, layers));
    expect(layers).toEqual({ entities: done.entities, events: [], stance: [] });
    step(undoLayers(history, layers));
    expect(layers).toEqual({ entities: [], events: [], stance: [] });
    expect(undoLayers(history, layers)).toEqual({ ok: false, reason: 'nothing-to-undo' });
    for (let i = 0; i < 3; i++) step(redoLayers(history, layers));
    expect(layers).toEqual(done);
    expect(redoLayers(history, layers)).toEqual({ ok: false, reason: 'nothing-to-redo' });
  });

  it('a recorded layer change drops the redo stack and is capped like any step', () => {
    const undone = undoLayers(recordLayerChange(emptyHistory(), { op: 'stance', stance: [] }), { entities: [], events: [], stance: [favour] });
    if (!undone.ok) throw new Error(undone.reason);
    expect(undone.history.redo).toHaveLength(1);
    expect(recordLayerChange(undone.history, { op: 'stance', stance: [] }).redo).toEqual([]);
    let history = emptyHistory();
    for (let i = 0; i < 5; i++) history = recordLayerChange(history, { op: 'events', events: [] }, 3);
    expect(history.undo).toHaveLength(3);
  });

  it('undoes a step over two layers as one, across a reload, and refuses all of it when a part no longer fits', () => {
    const before: UndoableLayers = { entities: [], events: [], stance: [] };
    const added: Edit[] = [{ op: 'add', span: { id: 'e1', start: 11, end: 16, label: 'PERS' } }, { op: 'add', span: { id: 'e2', start: 20, end: 33, label: 'GPE' } }];
    const spans = ok(applyEdits(emptyHistory(), before.entities, added));
    expect(spans.spans).toHaveLength(2);
    const withArguments: EventAnnotation = { ...arrest, arguments: [{ role: 'Person', entity: spans.spans[0]!.id }] };
    const done: UndoableLayers = { entities: spans.spans, events: [withArguments], stance: [] };
    const history = recordSteps(emptyHistory(), [{ op: 'events', events: [] }, spans.history.undo[0] as Parameters<typeof recordSteps>[1][number]]);
    expect(history.undo).toHaveLength(1);

    const undone = undoLayers(JSON.parse(JSON.stringify(history)) as EditHistory, done);
    if (!undone.ok) throw new Error(undone.reason);
    expect(undone.layers).toEqual(before);
    const redone = redoLayers(JSON.parse(JSON.stringify(undone.history)) as EditHistory, undone.layers);
    if (!redone.ok) throw new Error(redone.reason);
    expect(redone.layers).toEqual(done);
    expect(redone.history.undo).toHaveLength(1);

    // A span of the step removed meanwhile: nothing is undone, the events included.
    const changed = { ...done, entities: done.entities.slice(1) };
    expect(undoLayers(history, changed)).toMatchObject({ ok: false });
    expect(recordSteps(emptyHistory(), [{ op: 'events', events: [] }]).undo).toEqual([{ op: 'events', events: [] }]);
  });

  it('renames a tag inside a step over two layers and knows the step uses it', () => {
    const history = recordSteps(emptyHistory(), [{ op: 'events', events: [] }, { op: 'add', span: { id: 'e1', start: 0, end: 5, label: 'PER' } }]);
    expect(historyUsesTag(history, 'PER')).toBe(true);
    const renamed = renameTagInHistory(history, 'PER', 'PERS');
    expect(renamed.undo).toEqual([{ op: 'compound', steps: [{ op: 'events', events: [] }, { op: 'add', span: { id: 'e1', start: 0, end: 5, label: 'PERS' } }] }]);
    expect(historyUsesTag(renamed, 'PER')).toBe(false);
    expect(renameTagInHistory(history, 'ORG', 'X')).toBe(history);
  });

  it('undoes and redoes decisions on suggestions as a delta, leaving other keys alone, across a reload', () => {
    const before = { accepted: 'accepted' as const };
    const changed = changeDecisions(before, [{ key: 'new', decision: 'rejected' }, { key: 'accepted', decision: null }]);
    expect(changed.decisions).toEqual({ new: 'rejected' });
    expect(changed.undo).toEqual({ op: 'decisions', changes: [{ key: 'new', decision: null }, { key: 'accepted', decision: 'accepted' }] });
    expect(before).toEqual({ accepted: 'accepted' });
    const layers: UndoableLayers = { entities: [], events: [], stance: [], decisions: changed.decisions };
    const undone = undoLayers(JSON.parse(JSON.stringify(recordSteps(emptyHistory(), [changed.undo]))) as EditHistory, layers);
    if (!undone.ok) throw new Error(undone.reason);
    expect(undone.layers.decisions).toEqual(before);
    const redone = redoLayers(undone.history, undone.layers);
    if (!redone.ok) throw new Error(redone.reason);
    expect(redone.layers.decisions).toEqual({ new: 'rejected' });
    expect(changeDecisions(undefined, [{ key: 'x', decision: null }]).decisions).toBeUndefined();
  });
});
