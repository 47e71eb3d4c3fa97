import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../schema/defaultSchema.ts';
import { schemaDifferences } from './schemaDifferences.ts';

describe('schemaDifferences', () => {
  it('ignores names, colours, hotkeys and stance targets', () => {
    const project = defaultSchema();
    const file = defaultSchema();
    file.entities[0]!.color = '#000000';
    file.entities[0]!.name.en = 'Something else';
    file.entities[0]!.hotkey = null;
    file.stanceTargets.push('وزارة الخارجية');
    expect(schemaDifferences(file, project)).toEqual([]);
  });

  it('lists tags, event types, roles and stance labels on either side only', () => {
    const project = defaultSchema();
    const file = defaultSchema();
    const gpe = file.entities.find((l) => l.tag === 'GPE')!;
    gpe.tag = 'COUNTRY';
    file.events[0]!.roles.pop();
    const lostRole = project.events[0]!.roles.at(-1)!.role;
    file.stanceLabels = file.stanceLabels.filter((l) => l.tag !== 'unrelated');
    expect(schemaDifferences(file, project)).toEqual([
      { section: 'entities', tag: 'COUNTRY', in: 'file' },
      { section: 'entities', tag: 'GPE', in: 'project' },
      { section: 'roles', tag: `${project.events[0]!.type}/${lostRole}`, in: 'project' },
      { section: 'stanceLabels', tag: 'unrelated', in: 'project' },
    ]);
  });
});
