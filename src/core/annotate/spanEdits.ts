import type { EntitySpan } from '../model/annotation.ts';
import { partitionPoint } from '../offsets/partitionPoint.ts';
import { compareSpans } from './spanOrder.ts';

/**
 * One change to an annotation set's entity spans. Plain JSON, so that edits and
 * their inverses can be stored as undo history.
 * `add` without an index inserts in document order (a sorted list stays sorted);
 * with one, at that index, which is how undoing a removal restores the old list.
 * `relabel` keeps the span in its place in the list, for the same reason; `resize`
 * moves it to its place in document order, so a list in order stays so and resizing
 * back puts it where it was.
 */
export type Edit =
  | { op: 'add'; span: EntitySpan; index?: number }
  | { op: 'remove'; id: string }
  | { op: 'relabel'; id: string; label: string }
  | { op: 'resize'; id: string; start: number; end: number };

/** Why an edit was refused; the UI words it. */
export type EditRefusal =
  | 'duplicate-span' // another span already has the same start, end and label
  | 'duplicate-id'
  | 'unknown-span'
  | 'invalid-range' // not integers, negative, or empty
  | 'empty-label'
  | 'no-change';

export type EditResult =
  | { ok: true; spans: EntitySpan[]; inverse: Edit }
  | { ok: false; reason: EditRefusal };

function refuse(reason: EditRefusal): EditResult {
  return { ok: false, reason };
}

function isValidRange(start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start;
}

/** Same start, end and label: nested and overlapping spans are fine, only an exact copy is not. */
function copies(span: EntitySpan, candidate: EntitySpan): boolean {
  return span.start === candidate.start && span.end === candidate.end && span.label === candidate.label;
}

/** Whether a span under another id copies the candidate. */
function duplicates(spans: readonly EntitySpan[], candidate: EntitySpan): boolean {
  return spans.some((span) => span.id !== candidate.id && copies(span, candidate));
}

/** Why a new span cannot join the list: its id is taken (first), or it copies a span; null when neither. */
function addClash(spans: readonly EntitySpan[], candidate: EntitySpan): 'duplicate-id' | 'duplicate-span' | null {
  let copy = false;
  for (const span of spans) {
    if (span.id === candidate.id) return 'duplicate-id';
    if (copies(span, candidate)) copy = true;
  }
  return copy ? 'duplicate-span' : null;
}

function replaceAt(spans: readonly EntitySpan[], index: number, span: EntitySpan): EntitySpan[] {
  const next = [...spans];
  next[index] = span;
  return next;
}

/**
 * Applies an edit without touching the input. Returns the new list and the edit
 * that undoes it, or the reason the edit was refused.
 */
export function applySpanEdit(spans: readonly EntitySpan[], edit: Edit): EditResult {
  if (edit.op === 'add') {
    const span = { ...edit.span };
    // One pass for both clashes: a keystroke adds a span to sets of thousands.
    const clash = addClash(spans, span);
    if (clash === 'duplicate-id') return refuse(clash);
    if (!isValidRange(span.start, span.end)) return refuse('invalid-range');
    if (span.label === '') return refuse('empty-label');
    if (clash !== null) return refuse(clash);
    const index =
      edit.index === undefined
        ? partitionPoint(spans, (s) => compareSpans(s, span) <= 0)
        : Math.min(Math.max(0, edit.index), spans.length);
    const next = [...spans];
    next.splice(index, 0, span);
    return { ok: true, spans: next, inverse: { op: 'remove', id: span.id } };
  }

  const index = spans.findIndex((s) => s.id === edit.id);
  const old = spans[index];
  if (old === undefined) return refuse('unknown-span');

  switch (edit.op) {
    case 'remove':
      return {
        ok: true,
        spans: spans.filter((_, i) => i !== index),
        inverse: { op: 'add', span: { ...old }, index },
      };
    case 'relabel': {
      if (edit.label === '') return refuse('empty-label');
      if (edit.label === old.label) return refuse('no-change');
      const span = { ...old, label: edit.label };
      if (duplicates(spans, span)) return refuse('duplicate-span');
      return { ok: true, spans: replaceAt(spans, index, span), inverse: { op: 'relabel', id: old.id, label: old.label } };
    }
    case 'resize': {
      if (!isValidRange(edit.start, edit.end)) return refuse('invalid-range');
      if (edit.start === old.start && edit.end === old.end) return refuse('no-change');
      const span = { ...old, start: edit.start, end: edit.end };
      if (duplicates(spans, span)) return refuse('duplicate-span');
      const next = spans.filter((_, i) => i !== index);
      next.splice(partitionPoint(next, (s) => compareSpans(s, span) <= 0), 0, span);
      return { ok: true, spans: next, inverse: { op: 'resize', id: old.id, start: old.start, end: old.end } };
    }
  }
}
