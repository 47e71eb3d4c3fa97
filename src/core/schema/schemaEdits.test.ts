import { describe, expect, it } from 'vitest';
import { defaultSchema } from './defaultSchema.ts';
import { validateSchema } from './validateSchema.ts';
import {
  addEventType,
  eventTypeFromFields,
  removeEventType,
  addEntityLabel,
  addStanceLabel,
  addStanceTarget,
  hotkeyLabel,
  removeEntityLabel,
  removeStanceLabel,
  removeStanceTarget,
  renameEntityTag,
  setHotkey,
  stanceLabelFromFields,
  updateEntityLabel,
} from './schemaEdits.ts';

describe('schema edits', () => {
  it('adds a label at the end without touching the input', () => {
    const before = defaultSchema();
    const after = addEntityLabel(before, { tag: 'WEA', name: { en: 'Weapon', ar: 'سلاح' }, color: '#aabbcc', hotkey: 'KeyH' });
    expect(after.entities.at(-1)?.tag).toBe('WEA');
    expect(before.entities).toHaveLength(21);
  });

  it('updates names, colour and hotkey of one label', () => {
    const after = updateEntityLabel(defaultSchema(), 'LOC', { name: { en: 'Place', ar: 'مكان' }, color: '#123456', hotkey: null });
    expect(after.entities[5]).toMatchObject({ tag: 'LOC', name: { en: 'Place', ar: 'مكان' }, color: '#123456', hotkey: null });
    expect(after.entities[4]).toEqual(defaultSchema().entities[4]);
  });

  it('renames a tag in place, keeping the rest of the label', () => {
    const after = renameEntityTag(defaultSchema(), 'PERS', 'PER');
    expect(after.entities[0]).toMatchObject({ tag: 'PER', name: { en: 'Person' }, hotkey: 'KeyP' });
  });

  it('removes a label', () => {
    const after = removeEntityLabel(defaultSchema(), 'NORP');
    expect(after.entities.map((l) => l.tag)).not.toContain('NORP');
    expect(after.entities).toHaveLength(20);
  });

  it('throws when the label is missing', () => {
    expect(() => updateEntityLabel(defaultSchema(), 'NOPE', { color: '#000000' })).toThrow('No entity label NOPE');
    expect(() => renameEntityTag(defaultSchema(), 'NOPE', 'X')).toThrow();
    expect(() => removeEntityLabel(defaultSchema(), 'NOPE')).toThrow();
  });

  it('sets hotkeys in every section', () => {
    let schema = setHotkey(defaultSchema(), { section: 'events', tag: 'Conflict:Attack' }, 'KeyX');
    schema = setHotkey(schema, { section: 'stanceLabels', tag: 'neutral' }, null);
    schema = setHotkey(schema, { section: 'entities', tag: 'GPE' }, 'KeyB');
    expect(schema.events.find((e) => e.type === 'Conflict:Attack')?.hotkey).toBe('KeyX');
    expect(schema.stanceLabels.find((l) => l.tag === 'neutral')?.hotkey).toBeNull();
    expect(schema.entities.find((l) => l.tag === 'GPE')?.hotkey).toBe('KeyB');
    expect(() => setHotkey(schema, { section: 'events', tag: 'Life:Nope' }, null)).toThrow();
  });

  it('adds an event type from form fields and removes it, leaving the others', () => {
    const schema = defaultSchema();
    const protest = eventTypeFromFields(' Conflict:Protest ', { ar: ' احتجاج ', en: 'Protest' }, 'Agent، Place , ,Time-Within');
    expect(protest).toEqual({
      type: 'Conflict:Protest',
      name: { ar: 'احتجاج', en: 'Protest' },
      roles: ['Agent', 'Place', 'Time-Within'].map((role) => ({ role, name: { ar: role, en: role } })),
      hotkey: null,
    });
    const added = addEventType(schema, protest);
    expect(validateSchema(added)).toEqual([]);
    expect(added.events.at(-1)).toBe(protest);
    const removed = removeEventType(added, 'Conflict:Protest');
    expect(removed.events).toEqual(schema.events);
    expect(() => removeEventType(schema, 'Conflict:Protest')).toThrow('No event type Conflict:Protest');
  });

  it('adds a stance label from form fields, without a hotkey, and removes it, leaving the others', () => {
    const schema = defaultSchema();
    const disagree = stanceLabelFromFields(' disagree ', { ar: ' يعارض', en: 'Disagrees ' }, '#64b5f6');
    expect(disagree).toEqual({ tag: 'disagree', name: { ar: 'يعارض', en: 'Disagrees' }, color: '#64b5f6', hotkey: null });
    const added = addStanceLabel(schema, disagree);
    expect(validateSchema(added)).toEqual([]);
    expect(added.stanceLabels.at(-1)).toBe(disagree);
    expect(schema.stanceLabels).toHaveLength(4);
    expect(removeStanceLabel(added, 'disagree').stanceLabels).toEqual(schema.stanceLabels);
    expect(removeStanceLabel(schema, 'neutral').stanceLabels.map((l) => l.tag)).toEqual(['favor', 'against', 'unrelated']);
    expect(() => removeStanceLabel(schema, 'disagree')).toThrow('No stance label disagree');
  });

  it('adds trimmed stance targets and removes them', () => {
    const schema = addStanceTarget(defaultSchema(), '  وزارة الخارجية ');
    expect(schema.stanceTargets).toEqual(['وزارة الخارجية']);
    expect(removeStanceTarget(schema, 'وزارة الخارجية').stanceTargets).toEqual([]);
  });
});

describe('hotkeyLabel', () => {
  it('prints key caps', () => {
    expect(hotkeyLabel('KeyG')).toBe('G');
    expect(hotkeyLabel('Digit1')).toBe('1');
    expect(hotkeyLabel('Numpad7')).toBe('Num 7');
    expect(hotkeyLabel('BracketLeft')).toBe('[');
    expect(hotkeyLabel('F2')).toBe('F2');
  });
});
