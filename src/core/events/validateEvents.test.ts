import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../schema/defaultSchema.ts';
import type { EventAnnotation } from '../model/annotation.ts';
import { validateEvents } from './validateEvents.ts';

const text = 'الأمن يوقف عصابة في الدار البيضاء';
const entities = [
  { id: 'e1', start: 11, end: 16, label: 'PERS' },
  { id: 'e2', start: 20, end: 33, label: 'GPE' },
];
const types = defaultSchema().events;

describe('validateEvents', () => {
  it('accepts the headline’s Arrest-Jail event with its Person and Place', () => {
    const event: EventAnnotation = {
      id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 },
      arguments: [{ role: 'Person', entity: 'e1' }, { role: 'Place', entity: 'e2' }],
    };
    expect(text.slice(6, 10)).toBe('يوقف');
    expect(validateEvents([event], entities, types, text.length)).toEqual([]);
  });

  it('flags a role the type does not allow, an unknown type and a bad trigger', () => {
    const events: EventAnnotation[] = [
      { id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 }, arguments: [{ role: 'Attacker', entity: 'e1' }] },
      { id: 'v2', type: 'Made:Up', trigger: { start: 30, end: 99 }, arguments: [] },
    ];
    expect(validateEvents(events, entities, types, text.length)).toEqual([
      { kind: 'role-not-allowed', eventId: 'v1', argument: 0, role: 'Attacker', type: 'Justice:Arrest-Jail' },
      { kind: 'unknown-type', eventId: 'v2', type: 'Made:Up' },
      { kind: 'bad-trigger', eventId: 'v2' },
    ]);
  });

  it('flags an argument whose entity was deleted, and keeps it', () => {
    const event: EventAnnotation = { id: 'v1', type: 'Justice:Arrest-Jail', trigger: null, arguments: [{ role: 'Place', entity: 'e2' }] };
    expect(validateEvents([event], entities.slice(0, 1), types, text.length)).toEqual([
      { kind: 'dangling-argument', eventId: 'v1', argument: 0, entity: 'e2' },
    ]);
    expect(event.arguments).toHaveLength(1);
  });
});
