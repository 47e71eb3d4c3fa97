import { describe, expect, it } from 'vitest';
import { defaultSchema } from './defaultSchema.ts';
import { isAceEventType } from './defaultEventTypes.ts';
import { addEventType, eventTypeFromFields } from './schemaEdits.ts';
import { namedRole, roleIdsFromField, setEventRoleNames } from './eventRoleNames.ts';
import { validateSchema } from './validateSchema.ts';

const protest = () =>
  eventTypeFromFields('Conflict:Protest', { ar: 'احتجاج', en: 'Protest' }, 'Agent, Place', {
    Agent: { ar: ' المحتج ', en: 'Protester ' },
    Place: { ar: 'مكان الاحتجاج', en: '' },
  });

describe('event role names', () => {
  it('reads role ids split by Latin or Arabic commas, keeping repeats for validation', () => {
    expect(roleIdsFromField(' Agent،Place , ,Agent')).toEqual(['Agent', 'Place', 'Agent']);
  });

  it('names a role in both languages, falling back to its id for each empty name', () => {
    expect(namedRole('Agent', { ar: ' المحتج ', en: ' ' })).toEqual({ role: 'Agent', name: { ar: 'المحتج', en: 'Agent' } });
    expect(namedRole('Agent', undefined)).toEqual({ role: 'Agent', name: { ar: 'Agent', en: 'Agent' } });
  });

  it('gives a new event type the role names of the form, trimmed, and the id where none was given', () => {
    expect(protest().roles).toEqual([
      { role: 'Agent', name: { ar: 'المحتج', en: 'Protester' } },
      { role: 'Place', name: { ar: 'مكان الاحتجاج', en: 'Place' } },
    ]);
    expect(validateSchema(addEventType(defaultSchema(), protest()))).toEqual([]);
  });

  it('renames the roles of one type only, keeping role ids and roles it does not mention', () => {
    const schema = addEventType(defaultSchema(), protest());
    const renamed = setEventRoleNames(schema, 'Conflict:Protest', { Place: { ar: 'الساحة', en: 'Square' }, Agent: { ar: '', en: '' } });
    expect(renamed.events.at(-1)!.roles).toEqual([
      { role: 'Agent', name: { ar: 'Agent', en: 'Agent' } },
      { role: 'Place', name: { ar: 'الساحة', en: 'Square' } },
    ]);
    expect(setEventRoleNames(schema, 'Conflict:Protest', { Place: { ar: 'الساحة' } }).events.at(-1)!.roles[0]).toEqual(schema.events.at(-1)!.roles[0]);
    expect(renamed.events.slice(0, -1)).toEqual(schema.events.slice(0, -1));
    expect(schema.events.at(-1)!.roles[1]!.name.ar).toBe('مكان الاحتجاج');
    expect(validateSchema(renamed)).toEqual([]);
    expect(() => setEventRoleNames(schema, 'Conflict:Riot', {})).toThrow('No event type Conflict:Riot');
  });

  it('tells the ACE subtypes from a project’s own types', () => {
    expect(isAceEventType('Justice:Arrest-Jail')).toBe(true);
    expect(isAceEventType('Conflict:Protest')).toBe(false);
  });
});
