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
  it('are ready once the annotator has every argument’s span, and then point at the annotator’s own ids', () => {
    const [waiting] = openEventSuggestions([arrest], suggestedEntities, [], [{ id: 'e7', start: 11, end: 16, label: 'PERS' }], undefined);
    expect(waiting!.ready).toBe(false);
    expect(acceptedEvent(waiting!, [{ id: 'e7', start: 11, end: 16, label: 'PERS' }], 'v1')).toBeNull();

    const own = [{ id: 'e7', start: 11, end: 16, label: 'PERS' }, { id: 'e9', start: 20, end: 33, label: 'GPE' }];
    const [ready] = openEventSuggestions([arrest], suggestedEntities, [], own, undefined);
    expect(ready!.ready).toBe(true);
    expect(acceptedEvent(ready!, own, 'v3')).toEqual({
      id: 'v3', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 }, arguments: [{ role: 'Person', entity: 'e7' }, { role: 'Place', entity: 'e9' }],
    });
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
