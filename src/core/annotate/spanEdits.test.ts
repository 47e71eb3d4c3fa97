import { describe, expect, it } from 'vitest';
import { compareSpans } from './spanOrder.ts';
import type { EntitySpan } from '../model/annotation.ts';
import { applySpanEdit, type Edit, type EditResult } from './spanEdits.ts';

const ORG: EntitySpan = { id: 'e1', start: 0, end: 23, label: 'ORG' }; // وزارة الخارجية المغربية
const GPE: EntitySpan = { id: 'e2', start: 15, end: 23, label: 'GPE' }; // المغربية, nested
const PER: EntitySpan = { id: 'e3', start: 30, end: 40, label: 'PER' };
const spans: readonly EntitySpan[] = Object.freeze([ORG, GPE, PER]);

function applied(result: EditResult): { spans: EntitySpan[]; inverse: Edit } {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

/** Applying an edit and then its inverse gives back the original list. */
function expectInverseRestores(before: readonly EntitySpan[], edit: Edit): EntitySpan[] {
  const { spans: after, inverse } = applied(applySpanEdit(before, edit));
  expect(JSON.parse(JSON.stringify(inverse))).toEqual(inverse);
  expect(applied(applySpanEdit(after, inverse)).spans).toEqual(before);
  return after;
}

describe('applySpanEdit: add', () => {
  it('inserts in document order and is undone by a remove', () => {
    const span: EntitySpan = { id: 'e4', start: 24, end: 29, label: 'GPE' };
    const result = applied(applySpanEdit(spans, { op: 'add', span }));
    expect(result.spans.map((s) => s.id)).toEqual(['e1', 'e2', 'e4', 'e3']);
    expect(result.inverse).toEqual({ op: 'remove', id: 'e4' });
    expectInverseRestores(spans, { op: 'add', span });
  });

  it('inserts at the given index', () => {
    const span: EntitySpan = { id: 'e4', start: 50, end: 55, label: 'GPE' };
    expect(applied(applySpanEdit(spans, { op: 'add', span, index: 0 })).spans.map((s) => s.id)).toEqual([
      'e4', 'e1', 'e2', 'e3',
    ]);
  });

  it('allows nested, overlapping and same-range spans with another label', () => {
    const nested: EntitySpan = { id: 'e4', start: 6, end: 14, label: 'ORG' };
    const overlapping: EntitySpan = { id: 'e5', start: 20, end: 35, label: 'MISC' };
    const sameRange: EntitySpan = { id: 'e6', start: 15, end: 23, label: 'ORG' };
    let current: readonly EntitySpan[] = spans;
    for (const span of [nested, overlapping, sameRange]) {
      current = applied(applySpanEdit(current, { op: 'add', span })).spans;
    }
    expect(current.map((s) => s.id)).toEqual(['e1', 'e4', 'e2', 'e6', 'e5', 'e3']);
  });

  it('refuses an exact duplicate, a taken id, a bad range and an empty label', () => {
    expect(applySpanEdit(spans, { op: 'add', span: { ...GPE, id: 'e9' } })).toEqual({
      ok: false,
      reason: 'duplicate-span',
    });
    expect(applySpanEdit(spans, { op: 'add', span: { ...PER, start: 50, end: 60 } })).toEqual({
      ok: false,
      reason: 'duplicate-id',
    });
    for (const [start, end] of [[5, 5], [6, 5], [-1, 3], [1.5, 3]] as const) {
      expect(applySpanEdit(spans, { op: 'add', span: { id: 'e9', start, end, label: 'X' } })).toEqual({
        ok: false,
        reason: 'invalid-range',
      });
    }
    expect(applySpanEdit(spans, { op: 'add', span: { id: 'e9', start: 1, end: 2, label: '' } })).toEqual({
      ok: false,
      reason: 'empty-label',
    });
  });

  it('does not keep a reference to the caller’s span', () => {
    const span: EntitySpan = { id: 'e4', start: 24, end: 29, label: 'GPE' };
    const result = applied(applySpanEdit(spans, { op: 'add', span }));
    span.label = 'changed';
    expect(result.spans[2]?.label).toBe('GPE');
  });
});

describe('applySpanEdit: remove', () => {
  it('removes the span and is undone by an add at the same index', () => {
    const result = applied(applySpanEdit(spans, { op: 'remove', id: 'e2' }));
    expect(result.spans).toEqual([ORG, PER]);
    expect(result.inverse).toEqual({ op: 'add', span: GPE, index: 1 });
    expectInverseRestores(spans, { op: 'remove', id: 'e2' });
  });

  it('restores the original position even in an unsorted list', () => {
    expectInverseRestores([PER, GPE, ORG], { op: 'remove', id: 'e2' });
  });

  it('refuses an unknown id', () => {
    expect(applySpanEdit(spans, { op: 'remove', id: 'e9' })).toEqual({ ok: false, reason: 'unknown-span' });
  });
});

describe('applySpanEdit: relabel', () => {
  it('changes the label in place and is undone by the old label', () => {
    const result = applied(applySpanEdit(spans, { op: 'relabel', id: 'e2', label: 'LOC' }));
    expect(result.spans[1]).toEqual({ ...GPE, label: 'LOC' });
    expect(result.inverse).toEqual({ op: 'relabel', id: 'e2', label: 'GPE' });
    expectInverseRestores(spans, { op: 'relabel', id: 'e2', label: 'LOC' });
  });

  it('refuses a relabel onto an exact duplicate, no change, an empty label or an unknown id', () => {
    const withTwin = [...spans, { ...GPE, id: 'e4', label: 'LOC' }];
    expect(applySpanEdit(withTwin, { op: 'relabel', id: 'e4', label: 'GPE' })).toEqual({
      ok: false,
      reason: 'duplicate-span',
    });
    expect(applySpanEdit(spans, { op: 'relabel', id: 'e2', label: 'GPE' })).toEqual({ ok: false, reason: 'no-change' });
    expect(applySpanEdit(spans, { op: 'relabel', id: 'e2', label: '' })).toEqual({ ok: false, reason: 'empty-label' });
    expect(applySpanEdit(spans, { op: 'relabel', id: 'e9', label: 'X' })).toEqual({ ok: false, reason: 'unknown-span' });
  });
});

describe('applySpanEdit: resize', () => {
  it('moves the boundaries in place and is undone by the old boundaries', () => {
    const result = applied(applySpanEdit(spans, { op: 'resize', id: 'e3', start: 28, end: 40 }));
    expect(result.spans[2]).toEqual({ ...PER, start: 28 });
    expect(result.inverse).toEqual({ op: 'resize', id: 'e3', start: 30, end: 40 });
    expectInverseRestores(spans, { op: 'resize', id: 'e3', start: 28, end: 40 });
  });

  it('may make a span overlap or contain others', () => {
    expectInverseRestores(spans, { op: 'resize', id: 'e2', start: 10, end: 45 });
  });

  it('moves the span to its place in document order, and back when resized back', () => {
    const after = expectInverseRestores(spans, { op: 'resize', id: 'e3', start: 1, end: 40 });
    expect(after.map((s) => s.id)).toEqual([...spans].map((s) => ({ ...s, start: s.id === 'e3' ? 1 : s.start, end: s.id === 'e3' ? 40 : s.end })).sort(compareSpans).map((s) => s.id));
    expect(after.map((s) => s.id)).not.toEqual(spans.map((s) => s.id));
  });

  it('refuses a resize onto an exact duplicate, no change, an empty range or an unknown id', () => {
    const twin = { ...GPE, id: 'e4', start: 16 };
    expect(applySpanEdit([...spans, twin], { op: 'resize', id: 'e4', start: 15, end: 23 })).toEqual({
      ok: false,
      reason: 'duplicate-span',
    });
    expect(applySpanEdit(spans, { op: 'resize', id: 'e2', start: 15, end: 23 })).toEqual({
      ok: false,
      reason: 'no-change',
    });
    expect(applySpanEdit(spans, { op: 'resize', id: 'e2', start: 15, end: 15 })).toEqual({
      ok: false,
      reason: 'invalid-range',
    });
    expect(applySpanEdit(spans, { op: 'resize', id: 'e9', start: 1, end: 2 })).toEqual({
      ok: false,
      reason: 'unknown-span',
    });
  });
});

describe('applySpanEdit: purity', () => {
  it('never changes the input list or its spans', () => {
    const before = JSON.stringify(spans);
    applySpanEdit(spans, { op: 'relabel', id: 'e1', label: 'GPE' });
    applySpanEdit(spans, { op: 'resize', id: 'e1', start: 1, end: 5 });
    applySpanEdit(spans, { op: 'remove', id: 'e1' });
    expect(JSON.stringify(spans)).toBe(before);
  });
});
