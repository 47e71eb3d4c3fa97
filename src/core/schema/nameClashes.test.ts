import { describe, expect, it } from 'vitest';
import { defaultSchema } from './defaultSchema.ts';
import { itemProblems, nameClashes } from './nameClashes.ts';
import { addEntityLabel, addStanceLabel } from './schemaEdits.ts';

describe('name clashes', () => {
  it('finds a name another label of the list has, English whatever its case and spaces, Arabic as written', () => {
    const schema = addStanceLabel(defaultSchema(), { tag: 'pro', name: { en: ' favour ', ar: 'مؤيد' }, color: '#123456', hotkey: null });
    const index = schema.stanceLabels.length - 1;
    expect(nameClashes(schema, 'stanceLabels', index).map((p) => [p.kind, p.path])).toEqual([
      ['duplicate-name', `stanceLabels[${index}].name.en`],
      ['duplicate-name', `stanceLabels[${index}].name.ar`],
    ]);
    expect(itemProblems(schema, 'stanceLabels', index)).toHaveLength(2);
  });

  it('compares within one list only, and leaves pairs that are not the item alone', () => {
    // An entity label may be named as a stance label is.
    const schema = addEntityLabel(defaultSchema(), { tag: 'PRO', name: { en: 'Favour', ar: 'مؤيد' }, color: '#123456', hotkey: null });
    expect(nameClashes(schema, 'entities', schema.entities.length - 1)).toEqual([]);
    // A pair saved earlier does not stop an edit of another item.
    const twice = { ...schema, entities: [...schema.entities, { ...schema.entities[0]!, tag: 'PERS2' }] };
    expect(nameClashes(twice, 'entities', 1)).toEqual([]);
    expect(nameClashes(twice, 'entities', twice.entities.length - 1)).toHaveLength(2);
    expect(nameClashes(twice, 'entities', 99)).toEqual([]);
  });
});
