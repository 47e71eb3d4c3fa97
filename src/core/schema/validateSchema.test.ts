import { describe, expect, it } from 'vitest';
import { defaultSchema } from './defaultSchema.ts';
import { validateSchema } from './validateSchema.ts';
import { addEntityLabel, addStanceLabel, addStanceTarget, setHotkey, stanceLabelFromFields, updateEntityLabel } from './schemaEdits.ts';
import type { EntityLabel } from './projectSchema.ts';

const label = (over: Partial<EntityLabel> = {}): EntityLabel => ({
  tag: 'WEAPON',
  name: { en: 'Weapon', ar: 'سلاح' },
  color: '#aabbcc',
  hotkey: null,
  ...over,
});

const kinds = (schema = defaultSchema()) => validateSchema(schema).map((p) => [p.kind, p.path]);

describe('validateSchema', () => {
  it('accepts a new label with a free hotkey', () => {
    expect(kinds(addEntityLabel(defaultSchema(), label({ hotkey: 'KeyH' })))).toEqual([]);
  });

  it('finds empty, duplicate and unsafe tags', () => {
    const schema = [label({ tag: '' }), label({ tag: 'GPE' }), label({ tag: 'A B' }), label({ tag: 'a,b' })].reduce(
      addEntityLabel,
      defaultSchema(),
    );
    expect(kinds(schema)).toEqual([
      ['empty-tag', 'entities[21].tag'],
      ['duplicate-tag', 'entities[22].tag'],
      ['unsafe-tag', 'entities[23].tag'],
      ['unsafe-tag', 'entities[24].tag'],
    ]);
  });

  it('allows letters of any script, digits and _ - : . in tags', () => {
    expect(kinds(addEntityLabel(defaultSchema(), label({ tag: 'سلاح_2-a:b.c' })))).toEqual([]);
  });

  it('finds empty names and bad colours', () => {
    const schema = addEntityLabel(defaultSchema(), label({ name: { en: ' ', ar: '' }, color: 'red' }));
    expect(kinds(schema)).toEqual([
      ['empty-name', 'entities[21].name.en'],
      ['empty-name', 'entities[21].name.ar'],
      ['invalid-color', 'entities[21].color'],
    ]);
  });

  it('finds a hotkey used twice, across entities, events and stance labels', () => {
    expect(kinds(addEntityLabel(defaultSchema(), label({ hotkey: 'KeyG' })))).toEqual([['duplicate-hotkey', 'entities[21].hotkey']]);
    const eventClash = setHotkey(defaultSchema(), { section: 'events', tag: 'Conflict:Attack' }, 'KeyP');
    expect(kinds(eventClash)).toEqual([['duplicate-hotkey', 'events[12].hotkey']]);
    const stanceClash = updateEntityLabel(defaultSchema(), 'GPE', { hotkey: 'Digit1' });
    expect(kinds(stanceClash)).toEqual([['duplicate-hotkey', 'stanceLabels[0].hotkey']]);
  });

  it('refuses reserved and malformed hotkeys', () => {
    expect(kinds(updateEntityLabel(defaultSchema(), 'GPE', { hotkey: 'KeyZ' }))).toEqual([['reserved-hotkey', 'entities[4].hotkey']]);
    expect(kinds(updateEntityLabel(defaultSchema(), 'GPE', { hotkey: 'Slash' }))).toEqual([['reserved-hotkey', 'entities[4].hotkey']]);
    expect(kinds(updateEntityLabel(defaultSchema(), 'GPE', { hotkey: '' }))).toEqual([['invalid-hotkey', 'entities[4].hotkey']]);
    expect(kinds(updateEntityLabel(defaultSchema(), 'GPE', { hotkey: 'ShiftLeft' }))).toEqual([['invalid-hotkey', 'entities[4].hotkey']]);
  });

  it('checks event types and their roles', () => {
    const schema = defaultSchema();
    schema.events[1] = { ...schema.events[1]!, type: 'Life:Be-Born' };
    schema.events[2]!.roles.push({ role: 'Person', name: { en: 'Person', ar: '' } });
    expect(kinds(schema)).toEqual([
      ['duplicate-tag', 'events[1].type'],
      ['duplicate-tag', 'events[2].roles[10].role'],
      ['empty-name', 'events[2].roles[10].name.ar'],
    ]);
  });

  it('finds a new stance label’s taken tag, empty name and bad colour', () => {
    const schema = addStanceLabel(defaultSchema(), stanceLabelFromFields('favor', { ar: '', en: 'Agrees' }, 'blue'));
    expect(kinds(schema)).toEqual([
      ['duplicate-tag', 'stanceLabels[4].tag'],
      ['empty-name', 'stanceLabels[4].name.ar'],
      ['invalid-color', 'stanceLabels[4].color'],
    ]);
  });

  it('finds empty and repeated stance targets', () => {
    const schema = ['وزارة الخارجية', ' ', 'وزارة الخارجية '].reduce(addStanceTarget, defaultSchema());
    expect(kinds({ ...schema, stanceTargets: ['وزارة الخارجية', ' ', 'وزارة الخارجية '] })).toEqual([
      ['empty-target', 'stanceTargets[1]'],
      ['duplicate-target', 'stanceTargets[2]'],
    ]);
  });

  it('says what is wrong in English', () => {
    const [problem] = validateSchema(addEntityLabel(defaultSchema(), label({ hotkey: 'KeyG' })));
    expect(problem?.message).toBe('KeyG is already the hotkey of GPE.');
  });
});
