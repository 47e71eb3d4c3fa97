import type { EntitySpan, EventAnnotation, StanceAnnotation, SuggestionDecision } from '../model/annotation.ts';
import { applySpanEdit, type Edit, type EditRefusal } from './spanEdits.ts';

/**
 * A step that puts a whole layer back as it was: undoing an event or stance change.
 * Those layers are short lists, so the step keeps a copy rather than an inverse edit.
 */
export type LayerStep = { op: 'events'; events: EventAnnotation[] } | { op: 'stance'; stance: StanceAnnotation[] };

/** Span edits made, and undone, as one: tagging every match of a find. Applied in order. */
export type BatchStep = { op: 'batch'; edits: Edit[] };

/**
 * Decisions on suggestions put back as they were: each key's decision before the change,
 * null for none. A delta, not a copy: a document may hold thousands of decided suggestions.
 */
export type DecisionStep = { op: 'decisions'; changes: { key: string; decision: SuggestionDecision | null }[] };

/**
 * Steps over several layers made, and undone, as one, applied in order: accepting
 * suggestions (their decisions as they were, then the spans' removal), or a suggested
 * event with the entities it needs.
 */
export type CompoundStep = { op: 'compound'; steps: (Edit | BatchStep | LayerStep | DecisionStep)[] };

/** One step of the history: a span edit (its inverse), several as one, a layer as it was, decisions as they were, or several of these as one. */
export type HistoryStep = Edit | BatchStep | LayerStep | DecisionStep | CompoundStep;

/**
 * Undo and redo stacks, most recent last. Each entry is the step that undoes (or
 * redoes) one change, plain JSON, so storage can keep the history across reloads.
 * The history fits the layers only if every change to them goes through it.
 */
export interface EditHistory {
  undo: HistoryStep[];
  redo: HistoryStep[];
}

/** The layers the history can change. */
export interface UndoableLayers {
  entities: EntitySpan[];
  events: EventAnnotation[];
  stance: StanceAnnotation[];
  /** Decisions on suggestions, by key; absent when there are none. */
  decisions?: Record<string, SuggestionDecision> | undefined;
}

/**
 * The decisions with `changes` made (null removes a key), and the step that puts them
 * back; undefined rather than an empty record when none is left.
 */
export function changeDecisions(
  decisions: Readonly<Record<string, SuggestionDecision>> | undefined,
  changes: DecisionStep['changes'],
): { decisions: Record<string, SuggestionDecision> | undefined; undo: DecisionStep } {
  const next: Record<string, SuggestionDecision> = { ...decisions };
  const before = changes.map(({ key }) => ({ key, decision: (decisions && Object.hasOwn(decisions, key) ? decisions[key] : undefined) ?? null }));
  for (const { key, decision } of changes) {
    if (decision === null) delete next[key];
    else next[key] = decision;
  }
  return { decisions: Object.keys(next).length === 0 ? undefined : next, undo: { op: 'decisions', changes: before } };
}

/** How many steps can be undone; older ones are forgotten. */
export const DEFAULT_HISTORY_LIMIT = 200;

export type HistoryResult =
  | { ok: true; spans: EntitySpan[]; history: EditHistory }
  | { ok: false; reason: EditRefusal };

export type UndoResult =
  | { ok: true; layers: UndoableLayers; history: EditHistory }
  | { ok: false; reason: EditRefusal | 'nothing-to-undo' | 'nothing-to-redo' };

export function emptyHistory(): EditHistory {
  return { undo: [], redo: [] };
}

function pushCapped(stack: readonly HistoryStep[], step: HistoryStep, limit: number): HistoryStep[] {
  return [...stack, step].slice(Math.max(0, stack.length + 1 - limit));
}

/** Applies a new edit; it can be undone, and whatever could be redone is dropped. */
export function applyEdit(
  history: EditHistory,
  spans: readonly EntitySpan[],
  edit: Edit,
  limit = DEFAULT_HISTORY_LIMIT,
): HistoryResult {
  const result = applySpanEdit(spans, edit);
  if (!result.ok) return result;
  return { ok: true, spans: result.spans, history: { undo: pushCapped(history.undo, result.inverse, limit), redo: [] } };
}

/**
 * Span edits applied in order as one change, leaving out each one refused where it
 * comes (a span tagged already, a removed one gone), and the step that takes back
 * those applied; `applied` says how many. Refused with the first reason when none applies.
 */
export function spanEditsAsOne(
  spans: readonly EntitySpan[],
  edits: readonly Edit[],
): { ok: true; spans: EntitySpan[]; undo: Edit | BatchStep; applied: number } | { ok: false; reason: EditRefusal } {
  let current: EntitySpan[] = [...spans];
  const inverses: Edit[] = [];
  let refusal: EditRefusal = 'no-change';
  for (const edit of edits) {
    const result = applySpanEdit(current, edit);
    if (!result.ok) {
      if (inverses.length === 0 && refusal === 'no-change') refusal = result.reason;
      continue;
    }
    current = result.spans;
    inverses.push(result.inverse);
  }
  if (inverses.length === 0) return { ok: false, reason: refusal };
  // One edit is a step of its own, as applyEdit would record it.
  const undo = inverses.length === 1 ? (inverses[0] as Edit) : { op: 'batch' as const, edits: inverses.reverse() };
  return { ok: true, spans: current, undo, applied: inverses.length };
}

/** spanEditsAsOne, recorded in the history as one step. */
export function applyEdits(
  history: EditHistory,
  spans: readonly EntitySpan[],
  edits: readonly Edit[],
  limit = DEFAULT_HISTORY_LIMIT,
): { ok: true; spans: EntitySpan[]; history: EditHistory; applied: number } | { ok: false; reason: EditRefusal } {
  const result = spanEditsAsOne(spans, edits);
  if (!result.ok) return result;
  return { ok: true, spans: result.spans, history: { undo: pushCapped(history.undo, result.undo, limit), redo: [] }, applied: result.applied };
}

/** A batch step undone or redone: all of its edits or, if one is refused, none. */
function applyBatch(spans: readonly EntitySpan[], edits: readonly Edit[]): { ok: true; spans: EntitySpan[]; inverse: BatchStep } | { ok: false; reason: EditRefusal } {
  let current = [...spans];
  const inverses: Edit[] = [];
  for (const edit of edits) {
    const result = applySpanEdit(current, edit);
    if (!result.ok) return result;
    current = result.spans;
    inverses.push(result.inverse);
  }
  return { ok: true, spans: current, inverse: { op: 'batch', edits: inverses.reverse() } };
}

/**
 * Records an event or stance change, given the layer as it was before: it can be
 * undone, and whatever could be redone is dropped.
 */
export function recordLayerChange(history: EditHistory, before: LayerStep, limit = DEFAULT_HISTORY_LIMIT): EditHistory {
  return { undo: pushCapped(history.undo, before, limit), redo: [] };
}

/**
 * Records steps over several layers as one change, given each as the step that undoes
 * it, in the order undoing applies them; one step is recorded as it is.
 */
export function recordSteps(history: EditHistory, steps: CompoundStep['steps'], limit = DEFAULT_HISTORY_LIMIT): EditHistory {
  const step: HistoryStep = steps.length === 1 ? steps[0]! : { op: 'compound', steps };
  return { undo: pushCapped(history.undo, step, limit), redo: [] };
}

type StepResult<S> = { ok: true; layers: UndoableLayers; inverse: S } | { ok: false; reason: EditRefusal };

/** A compound step: all of its steps in order, or, if one is refused, none; its inverse undoes them in reverse. */
function applyCompound(layers: UndoableLayers, steps: CompoundStep['steps']): StepResult<CompoundStep> {
  let current = layers;
  const inverses: CompoundStep['steps'] = [];
  for (const step of steps) {
    const result = applyStep(current, step);
    if (!result.ok) return result;
    current = result.layers;
    inverses.push(result.inverse as CompoundStep['steps'][number]);
  }
  return { ok: true, layers: current, inverse: { op: 'compound', steps: inverses.reverse() } };
}

/** Applies a step to the layers; returns the layers and the step that takes them back. */
function applyStep(layers: UndoableLayers, step: HistoryStep): StepResult<HistoryStep> {
  if (step.op === 'compound') return applyCompound(layers, step.steps);
  if (step.op === 'decisions') {
    const changed = changeDecisions(layers.decisions, step.changes);
    return { ok: true, layers: { ...layers, decisions: changed.decisions }, inverse: changed.undo };
  }
  if (step.op === 'events') return { ok: true, layers: { ...layers, events: step.events }, inverse: { op: 'events', events: layers.events } };
  if (step.op === 'stance') return { ok: true, layers: { ...layers, stance: step.stance }, inverse: { op: 'stance', stance: layers.stance } };
  const result = step.op === 'batch' ? applyBatch(layers.entities, step.edits) : applySpanEdit(layers.entities, step);
  if (!result.ok) return result;
  return { ok: true, layers: { ...layers, entities: result.spans }, inverse: result.inverse };
}

/**
 * Undoes the latest step. If the spans no longer allow it (they were changed
 * outside this history), the refusal is returned and the history left as it was.
 */
export function undoEdit(history: EditHistory, layers: UndoableLayers, limit = DEFAULT_HISTORY_LIMIT): UndoResult {
  const step = history.undo[history.undo.length - 1];
  if (step === undefined) return { ok: false, reason: 'nothing-to-undo' };
  const result = applyStep(layers, step);
  if (!result.ok) return result;
  return {
    ok: true,
    layers: result.layers,
    history: { undo: history.undo.slice(0, -1), redo: pushCapped(history.redo, result.inverse, limit) },
  };
}

/** Redoes the latest undone step; refusals as for undoEdit. */
export function redoEdit(history: EditHistory, layers: UndoableLayers, limit = DEFAULT_HISTORY_LIMIT): UndoResult {
  const step = history.redo[history.redo.length - 1];
  if (step === undefined) return { ok: false, reason: 'nothing-to-redo' };
  const result = applyStep(layers, step);
  if (!result.ok) return result;
  return {
    ok: true,
    layers: result.layers,
    history: { undo: pushCapped(history.undo, result.inverse, limit), redo: history.redo.slice(0, -1) },
  };
}

/**
 * The history with an entity tag renamed in the spans and labels its steps would put
 * back, so undo still fits after a rename; the same history when no step uses the tag.
 */
export function renameTagInHistory(history: EditHistory, from: string, to: string): EditHistory {
  const rename = (step: HistoryStep): HistoryStep => {
    if (step.op === 'compound') {
      const steps = step.steps.map((inner) => rename(inner) as CompoundStep['steps'][number]);
      return steps.every((inner, i) => inner === step.steps[i]) ? step : { ...step, steps };
    }
    if (step.op === 'add' && step.span.label === from) return { ...step, span: { ...step.span, label: to } };
    if (step.op === 'relabel' && step.label === from) return { ...step, label: to };
    if (step.op === 'batch') {
      const edits = step.edits.map((edit) => rename(edit) as Edit);
      return edits.every((edit, i) => edit === step.edits[i]) ? step : { ...step, edits };
    }
    return step;
  };
  const undo = history.undo.map(rename);
  const redo = history.redo.map(rename);
  const same = (a: readonly HistoryStep[], b: readonly HistoryStep[]) => a.every((step, i) => step === b[i]);
  return same(undo, history.undo) && same(redo, history.redo) ? history : { undo, redo };
}

/** True when undoing or redoing some step would put a span with `tag` back. */
export function historyUsesTag(history: EditHistory, tag: string): boolean {
  const uses = (step: HistoryStep): boolean =>
    (step.op === 'add' && step.span.label === tag) ||
    (step.op === 'relabel' && step.label === tag) ||
    (step.op === 'batch' && step.edits.some(uses)) ||
    (step.op === 'compound' && step.steps.some(uses));
  return history.undo.some(uses) || history.redo.some(uses);
}
