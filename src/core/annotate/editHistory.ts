import type { EntitySpan } from '../model/annotation.ts';
import { applySpanEdit, type Edit, type EditRefusal } from './spanEdits.ts';

/**
 * Undo and redo stacks, most recent last. Each entry is the edit that undoes (or
 * redoes) one step, plain JSON, so storage can keep the history across reloads.
 * The history fits the spans only if every change to them goes through it.
 */
export interface EditHistory {
  undo: Edit[];
  redo: Edit[];
}

/** How many steps can be undone; older ones are forgotten. */
export const DEFAULT_HISTORY_LIMIT = 200;

export type HistoryResult =
  | { ok: true; spans: EntitySpan[]; history: EditHistory }
  | { ok: false; reason: EditRefusal | 'nothing-to-undo' | 'nothing-to-redo' };

export function emptyHistory(): EditHistory {
  return { undo: [], redo: [] };
}

function pushCapped(stack: readonly Edit[], edit: Edit, limit: number): Edit[] {
  return [...stack, edit].slice(Math.max(0, stack.length + 1 - limit));
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
 * Undoes the latest step. If the spans no longer allow it (they were changed
 * outside this history), the refusal is returned and the history left as it was.
 */
export function undoEdit(history: EditHistory, spans: readonly EntitySpan[], limit = DEFAULT_HISTORY_LIMIT): HistoryResult {
  const edit = history.undo[history.undo.length - 1];
  if (edit === undefined) return { ok: false, reason: 'nothing-to-undo' };
  const result = applySpanEdit(spans, edit);
  if (!result.ok) return result;
  return {
    ok: true,
    spans: result.spans,
    history: { undo: history.undo.slice(0, -1), redo: pushCapped(history.redo, result.inverse, limit) },
  };
}

/** Redoes the latest undone step; refusals as for undoEdit. */
export function redoEdit(history: EditHistory, spans: readonly EntitySpan[], limit = DEFAULT_HISTORY_LIMIT): HistoryResult {
  const edit = history.redo[history.redo.length - 1];
  if (edit === undefined) return { ok: false, reason: 'nothing-to-redo' };
  const result = applySpanEdit(spans, edit);
  if (!result.ok) return result;
  return {
    ok: true,
    spans: result.spans,
    history: { undo: pushCapped(history.undo, result.inverse, limit), redo: history.redo.slice(0, -1) },
  };
}
