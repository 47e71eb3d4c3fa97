import { describe, expect, it } from 'vitest';
import type { EventAnnotation } from '../model/annotation.ts';
import { applyEventEdit, newEventId } from './eventEdits.ts';

const arrest: EventAnnotation = { id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 }, arguments: [] };

function ok(result: ReturnType<typeof applyEventEdit>) {
  if (!result.ok) throw new Error(result.reason);
  return result.events;
}

describe('applyEventEdit', () => {
  it('adds an event, its arguments and attributes, and removes them again', () => {
    let events = ok(applyEventEdit([], { op: 'add-event', event: arrest }));
    events = ok(applyEventEdit(events, { op: 'add-argument', id: 'v1', argument: { role: 'Person', entity: 'e1' } }));
    events = ok(applyEventEdit(events, { op: 'add-argument', id: 'v1', argument: { role: 'Place', entity: 'e2' } }));
    events = ok(applyEventEdit(events, { op: 'set-attribute', id: 'v1', attribute: 'tense', value: 'PRESENT' }));
    expect(events[0]).toEqual({ ...arrest, arguments: [{ role: 'Person', entity: 'e1' }, { role: 'Place', entity: 'e2' }], attributes: { tense: 'PRESENT' } });
    events = ok(applyEventEdit(events, { op: 'set-role', id: 'v1', index: 0, role: 'Agent' }));
    events = ok(applyEventEdit(events, { op: 'remove-argument', id: 'v1', index: 1 }));
    events = ok(applyEventEdit(events, { op: 'set-attribute', id: 'v1', attribute: 'tense', value: null }));
    expect(events[0]).toEqual({ ...arrest, arguments: [{ role: 'Agent', entity: 'e1' }], attributes: {} });
    expect(ok(applyEventEdit(events, { op: 'remove-event', id: 'v1' }))).toEqual([]);
  });

  it('refuses what would make no sense, with a reason', () => {
    const events = [{ ...arrest, arguments: [{ role: 'Person', entity: 'e1' }] }];
    expect(applyEventEdit(events, { op: 'add-event', event: arrest })).toEqual({ ok: false, reason: 'duplicate-id' });
    expect(applyEventEdit(events, { op: 'add-argument', id: 'v1', argument: { role: 'Person', entity: 'e1' } })).toEqual({ ok: false, reason: 'duplicate-argument' });
    expect(applyEventEdit(events, { op: 'remove-argument', id: 'v1', index: 3 })).toEqual({ ok: false, reason: 'bad-index' });
    expect(applyEventEdit(events, { op: 'set-attribute', id: 'v1', attribute: 'polarity', value: 'MAYBE' })).toEqual({ ok: false, reason: 'bad-value' });
    expect(applyEventEdit(events, { op: 'set-type', id: 'v9', type: 'Life:Die' })).toEqual({ ok: false, reason: 'unknown-event' });
  });

  it('numbers new events past the highest id', () => {
    expect(newEventId([])).toBe('v1');
    expect(newEventId([{ ...arrest, id: 'v7' }, { ...arrest, id: 'x' }])).toBe('v8');
  });
});
