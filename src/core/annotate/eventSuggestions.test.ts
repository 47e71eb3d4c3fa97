import { describe, expect, it } from 'vitest';
import { acceptedEvent, openEventSuggestions } from './eventSuggestions.ts';

// الأمن يوقف عصابة في الدار البيضاء
const suggestedEntities = [
  { id: 'e1', start: 11, end: 16, label: 'PERS' },
  { id: 'e2', start: 20, end: 33, label: 'GPE' },
];
const arrest = {
  id: 'v1',
  type: 'Justice:Arrest-Jail',
  trigger: { start: 6, end: 10 },
  arguments: [{ role: 'Person', entity: 'e1' }, { role: 'Place', entity: 'e2' }],
};

describe('suggested events', () => {
  it('say which argument entities the annotator lacks, each once; accepted, they point at the annotator’s own ids', () => {
    const mine = [{ id: 'e7', start: 11, end: 16, label: 'PERS' }];
    const [waiting] = openEventSuggestions([arrest], suggestedEntities, [], mine, undefined);
    expect(waiting).toMatchObject({ acceptable: true, missing: [{ start: 20, end: 33, label: 'GPE' }] });
    expect(acceptedEvent(waiting!, mine, 'v1')).toBeNull();
    // The same entity in two roles is added once.
    const twice = { ...arrest, arguments: [{ role: 'Person', entity: 'e2' }, { role: 'Place', entity: 'e2' }] };
    expect(openEventSuggestions([twice], suggestedEntities, [], [], undefined)[0]!.missing).toEqual([{ start: 20, end: 33, label: 'GPE' }]);

    const own = [{ id: 'e7', start: 11, end: 16, label: 'PERS' }, { id: 'e9', start: 20, end: 33, label: 'GPE' }];
    const [ready] = openEventSuggestions([arrest], suggestedEntities, [], own, undefined);
    expect(ready).toMatchObject({ acceptable: true, missing: [] });
    expect(acceptedEvent(ready!, own, 'v3')).toEqual({
      id: 'v3', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 }, arguments: [{ role: 'Person', entity: 'e7' }, { role: 'Place', entity: 'e9' }],
    });
  });

  it('cannot be accepted when an argument points at no suggested entity', () => {
    const dangling = { ...arrest, arguments: [{ role: 'Person', entity: 'e1' }, { role: 'Place', entity: 'e404' }] };
    expect(openEventSuggestions([dangling], suggestedEntities, [], [], undefined)[0]).toMatchObject({ acceptable: false, missing: [{ start: 11, end: 16, label: 'PERS' }] });
  });

  it('leave out decided events and those the annotator has, whatever the ids', () => {
    const own = [{ id: 'e7', start: 11, end: 16, label: 'PERS' }, { id: 'e9', start: 20, end: 33, label: 'GPE' }];
    const [open] = openEventSuggestions([arrest], suggestedEntities, [], own, undefined);
    expect(openEventSuggestions([arrest], suggestedEntities, [], own, { [open!.key]: 'rejected' })).toEqual([]);
    const mine = { ...arrest, id: 'v5', arguments: [{ role: 'Place', entity: 'e9' }, { role: 'Person', entity: 'e7' }] };
    expect(openEventSuggestions([arrest], suggestedEntities, [mine], own, undefined)).toEqual([]);
    // Another role makes another event.
    const other = { ...mine, arguments: [{ role: 'Agent', entity: 'e9' }, { role: 'Person', entity: 'e7' }] };
    expect(openEventSuggestions([arrest], suggestedEntities, [other], own, undefined)).toHaveLength(1);
  });
});
