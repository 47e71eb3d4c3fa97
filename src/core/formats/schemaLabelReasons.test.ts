import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../schema/defaultSchema.ts';
import { schemaLabelReasons } from './schemaLabelReasons.ts';
import { schemaLabels } from './schemaLabels.ts';

describe('schemaLabelReasons', () => {
  const labels = schemaLabels(defaultSchema());
  const [attack] = defaultSchema().events.filter((event) => event.type === 'Conflict:Attack');

  it('passes a set whose every label, event type and role the schema has', () => {
    const set = {
      entities: [{ id: 'e1', start: 0, end: 3, label: 'GPE' }],
      events: [{ id: 'v1', type: attack!.type, trigger: { start: 4, end: 6 }, arguments: [{ role: attack!.roles[0]!.role, entity: 'e1' }] }],
      stance: [],
    };
    expect(schemaLabelReasons(set, labels, '')).toEqual([]);
  });

  it('names each label the schema lacks at its place, after the prefix', () => {
    const set = {
      entities: [{ id: 'e1', start: 0, end: 3, label: 'GPE' }, { id: 'e2', start: 4, end: 6, label: 'PLANET' }],
      events: [
        { id: 'v1', type: 'Sport:Match', trigger: null, arguments: [{ role: 'Winner', entity: 'e1' }] },
        { id: 'v2', type: attack!.type, trigger: null, arguments: [{ role: 'Umpire', entity: 'e1' }] },
      ],
      stance: [{ id: 's1', target: 'document', targetEntity: null, label: 'sarcastic' }],
    };
    expect(schemaLabelReasons(set, labels, 'doc 1: ')).toEqual([
      { code: 'label-not-in-schema', values: { path: 'doc 1: entities[1]', label: '"PLANET"' } },
      { code: 'event-type-not-in-schema', values: { path: 'doc 1: events[0]', type: '"Sport:Match"' } },
      { code: 'role-not-in-schema', values: { path: 'doc 1: events[1].arguments[0]', role: '"Umpire"', type: `"${attack!.type}"` } },
      { code: 'label-not-in-schema', values: { path: 'doc 1: stance[0]', label: '"sarcastic"' } },
    ]);
  });
});
