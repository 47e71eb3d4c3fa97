import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntitySpan, EventAnnotation } from '../model/annotation.ts';
import { eventAgreement } from './eventAgreement.ts';

// "الأمن يوقف عصابة في الدار البيضاء": يوقف 6..10, عصابة 11..16, الدار البيضاء 20..33.
const entity = (id: string, start: number, end: number, label: string): EntitySpan => ({ id, start, end, label });
const event = (
  id: string,
  type: string,
  trigger: [number, number] | null,
  args: Array<[string, string]> = [],
): EventAnnotation => ({
  id,
  type,
  trigger: trigger && { start: trigger[0], end: trigger[1] },
  arguments: args.map(([role, entityId]) => ({ role, entity: entityId })),
});

const entitiesA = [entity('e1', 11, 16, 'PER'), entity('e2', 20, 33, 'GPE')];
// B names the same spans with other ids.
const entitiesB = [entity('x9', 20, 33, 'GPE'), entity('x8', 11, 16, 'PER')];
const arrestA = event('v1', 'Justice:Arrest-Jail', [6, 10], [['Person', 'e1'], ['Place', 'e2']]);
const one = (a: { entities: EntitySpan[]; events: EventAnnotation[] }, b: typeof a) => eventAgreement([{ a, b }]);

describe('eventAgreement', () => {
  it('the same event with the same arguments agrees on every kind, whatever the entity ids', () => {
    const b = event('w1', 'Justice:Arrest-Jail', [6, 10], [['Place', 'x9'], ['Person', 'x8']]);
    expect(one({ entities: entitiesA, events: [arrestA] }, { entities: entitiesB, events: [b] })).toEqual({
      trigger_f1: 1,
      type_f1: 1,
      argument_f1: 1,
    });
  });

  it('another type on the same trigger: trigger agrees, type and arguments do not', () => {
    const b = event('w1', 'Conflict:Attack', [6, 10], [['Person', 'x8']]);
    expect(one({ entities: entitiesA, events: [arrestA] }, { entities: entitiesB, events: [b] })).toEqual({
      trigger_f1: 1,
      type_f1: 0,
      argument_f1: 0,
    });
  });

  it('an argument with another role or another span does not match; the rest does', () => {
    // B: Person → عصابة (same), Place → only البيضاء (26..33): 1 of 2 arguments match on each side.
    const b = event('w1', 'Justice:Arrest-Jail', [6, 10], [['Person', 'x8'], ['Place', 'x7']]);
    const result = one(
      { entities: entitiesA, events: [arrestA] },
      { entities: [...entitiesB, entity('x7', 26, 33, 'GPE')], events: [b] },
    );
    expect(result).toEqual({ trigger_f1: 1, type_f1: 1, argument_f1: 0.5 });
  });

  it('a trigger boundary disagreement fails all three', () => {
    const b = event('w1', 'Justice:Arrest-Jail', [6, 9], [['Person', 'x8'], ['Place', 'x9']]);
    expect(one({ entities: entitiesA, events: [arrestA] }, { entities: entitiesB, events: [b] })).toEqual({
      trigger_f1: 0,
      type_f1: 0,
      argument_f1: 0,
    });
  });

  it('trigger-less events: not in trigger_f1, matched on type alone in type_f1, never with a triggered event', () => {
    const docA = { entities: entitiesA, events: [event('v1', 'Life:Die', null), event('v2', 'Contact:Meet', [6, 10])] };
    const docB = { entities: entitiesB, events: [event('w1', 'Life:Die', null), event('w2', 'Contact:Meet', null)] };
    // Triggers: A 1, B 0 → 0. Types: Life:Die matches; A's triggered Meet ≠ B's document-level Meet → 2·1/4.
    expect(one(docA, docB)).toEqual({ trigger_f1: 0, type_f1: 0.5, argument_f1: null });
  });

  it('arguments of trigger-less events match on type, role and argument span', () => {
    const a = { entities: entitiesA, events: [event('v1', 'Life:Die', null, [['Victim', 'e1']])] };
    const b = { entities: entitiesB, events: [event('w1', 'Life:Die', null, [['Victim', 'x8']])] };
    expect(one(a, b)).toEqual({ trigger_f1: null, type_f1: 1, argument_f1: 1 });
  });

  it('an argument whose entity is missing is left out', () => {
    const a = { entities: entitiesA, events: [event('v1', 'Life:Die', [6, 10], [['Victim', 'gone']])] };
    const b = { entities: entitiesB, events: [event('w1', 'Life:Die', [6, 10])] };
    expect(one(a, b).argument_f1).toBeNull();
  });

  it('no events on either side is null for every kind; micro-averages over documents', () => {
    expect(one({ entities: entitiesA, events: [] }, { entities: [], events: [] })).toEqual({
      trigger_f1: null,
      type_f1: null,
      argument_f1: null,
    });
    const result = eventAgreement([
      { a: { entities: [], events: [event('v', 'T', [0, 1])] }, b: { entities: [], events: [event('w', 'T', [0, 1])] } },
      {
        a: { entities: [], events: [event('v', 'T', [0, 1]), event('v2', 'T', [2, 3])] },
        b: { entities: [], events: [] },
      },
    ]);
    expect(result.trigger_f1).toBeCloseTo(2 / 4, 12);
  });

  it('is symmetric in A and B', () => {
    const events = fc.array(
      fc.record({
        type: fc.constantFrom('A', 'B'),
        trigger: fc.option(fc.constantFrom<[number, number]>([0, 2], [3, 5]), { nil: null }),
        role: fc.constantFrom('r1', 'r2'),
        entity: fc.constantFrom('e1', 'e2'),
      }),
      { maxLength: 6 },
    );
    const toDoc = (list: Array<{ type: string; trigger: [number, number] | null; role: string; entity: string }>) => ({
      entities: entitiesA,
      events: list.map((e, i) => event(`v${i}`, e.type, e.trigger, [[e.role, e.entity]])),
    });
    fc.assert(
      fc.property(events, events, (a, b) => {
        expect(one(toDoc(a), toDoc(b))).toEqual(one(toDoc(b), toDoc(a)));
      }),
    );
  });
});
