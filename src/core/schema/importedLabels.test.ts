import { describe, expect, it } from 'vitest';
import { defaultSchema } from './defaultSchema.ts';
import { labelsOf, mergeLabels, missingLabels, withImportedLabels } from './importedLabels.ts';
import { validateSchema } from './validateSchema.ts';

const set = (entities: string[], stance: string[] = [], events: { type: string; roles: string[] }[] = []) => ({
  entities: entities.map((label) => ({ label })),
  stance: stance.map((label) => ({ label })),
  events: events.map((event, i) => ({ id: `v${i}`, type: event.type, trigger: null, arguments: event.roles.map((role) => ({ role, entity: 'e1' })) })),
});

describe('labels of imported annotations', () => {
  it('lists each label once, event types with every role their arguments take', () => {
    const found = labelsOf([
      set(['Population-Center', 'GPE', 'GPE'], ['disagree']),
      set(['Artist'], ['agree', 'disagree'], [{ type: 'ASSAULT', roles: ['target'] }, { type: 'ASSAULT', roles: ['source', 'target'] }]),
    ]);
    expect(found).toEqual({
      entities: ['Artist', 'GPE', 'Population-Center'],
      stance: ['agree', 'disagree'],
      events: [{ type: 'ASSAULT', roles: ['source', 'target'] }],
    });
    expect(mergeLabels(found, { entities: ['ORG'], stance: [], events: [{ type: 'ASSAULT', roles: ['place'] }] }).events).toEqual([
      { type: 'ASSAULT', roles: ['place', 'source', 'target'] },
    ]);
  });

  it('finds what the default schema lacks, and adds it in colours of its own, valid, without hotkeys', () => {
    const schema = defaultSchema();
    const found = labelsOf([set(['GPE', 'Population-Center', 'Artist'], ['favor', 'disagree'], [{ type: 'Conflict:Attack', roles: ['Attacker'] }, { type: 'ASSAULT', roles: ['target'] }])]);
    expect(missingLabels(schema, found)).toEqual({ entities: ['Artist', 'Population-Center'], stance: ['disagree'], events: [{ type: 'ASSAULT', roles: ['target'] }] });

    const { schema: grown, added, refused } = withImportedLabels(schema, found);
    expect(added).toEqual(missingLabels(schema, found));
    expect(refused).toEqual([]);
    expect(validateSchema(grown)).toEqual([]);
    const artist = grown.entities.find((label) => label.tag === 'Artist')!;
    const place = grown.entities.find((label) => label.tag === 'Population-Center')!;
    expect(artist).toMatchObject({ name: { en: 'Artist', ar: 'فنان' }, hotkey: null });
    expect(place.name).toEqual({ en: 'Population centre', ar: 'مركز سكاني' });
    expect(artist.color).not.toBe(place.color);
    expect(grown.stanceLabels.at(-1)).toMatchObject({ tag: 'disagree', name: { en: 'Disagree', ar: 'يخالف' }, hotkey: null });
    expect(grown.events.at(-1)).toEqual({ type: 'ASSAULT', name: { en: 'Assault', ar: 'اعتداء' }, roles: [{ role: 'target', name: { en: 'target', ar: 'target' } }], hotkey: null });
    expect(grown.entities.slice(0, schema.entities.length)).toEqual(schema.entities);
    expect(missingLabels(grown, found)).toEqual({ entities: [], stance: [], events: [] });
  });

  it('names a tag no known corpus uses by itself, and follows a name another label has with the tag', () => {
    const { schema } = withImportedLabels(defaultSchema(), labelsOf([set(['PER', 'MISC', 'MIS', 'Xyz'], ['Favor', 'Against', 'None'])]));
    const name = (tag: string) => [...schema.entities, ...schema.stanceLabels].find((label) => label.tag === tag)?.name;
    expect(name('Xyz')).toEqual({ en: 'Xyz', ar: 'Xyz' });
    // PERS is "Person" already; MIS, added before MISC, took "Miscellaneous".
    expect(name('PER')).toEqual({ en: 'Person (PER)', ar: 'شخص (PER)' });
    expect(name('MIS')).toEqual({ en: 'Miscellaneous', ar: 'متفرقات' });
    expect(name('MISC')).toEqual({ en: 'Miscellaneous (MISC)', ar: 'متفرقات (MISC)' });
    // Mawqif's labels beside the default favor and against, whatever their case.
    expect(name('Favor')).toEqual({ en: 'Favour (Favor)', ar: 'مؤيد (Favor)' });
    expect(name('None')).toEqual({ en: 'None', ar: 'لا موقف' });
    expect(validateSchema(schema)).toEqual([]);
  });

  it('leaves out a label the schema cannot hold, and says so', () => {
    const { schema, added, refused } = withImportedLabels(defaultSchema(), labelsOf([set(['B-ORG', 'two words', 'ok'])]));
    expect(added.entities).toEqual(['B-ORG', 'ok']);
    expect(refused).toEqual(['two words']);
    expect(validateSchema(schema)).toEqual([]);
  });
});
