import type { ProjectSchema } from '../schema/projectSchema.ts';
import type { SchemaDifference } from './exchangeProblem.ts';

/**
 * What would make annotations mean something else in the other project: entity
 * tags, event types and their roles, stance labels. Names, colours, hotkeys and
 * stance targets may differ; they change how labels look, not what they are.
 */
export function schemaDifferences(file: ProjectSchema, project: ProjectSchema): SchemaDifference[] {
  const differences: SchemaDifference[] = [];
  const compare = (section: SchemaDifference['section'], a: Iterable<string>, b: Iterable<string>) => {
    const inFile = new Set(a);
    const inProject = new Set(b);
    for (const tag of [...inFile].sort()) if (!inProject.has(tag)) differences.push({ section, tag, in: 'file' });
    for (const tag of [...inProject].sort()) if (!inFile.has(tag)) differences.push({ section, tag, in: 'project' });
  };
  compare('entities', file.entities.map((l) => l.tag), project.entities.map((l) => l.tag));
  compare('events', file.events.map((e) => e.type), project.events.map((e) => e.type));
  const roles = (schema: ProjectSchema, types: ReadonlySet<string>) =>
    schema.events.filter((e) => types.has(e.type)).flatMap((e) => e.roles.map((r) => `${e.type}/${r.role}`));
  const shared = new Set(file.events.map((e) => e.type).filter((type) => project.events.some((e) => e.type === type)));
  compare('roles', roles(file, shared), roles(project, shared));
  compare('stanceLabels', file.stanceLabels.map((l) => l.tag), project.stanceLabels.map((l) => l.tag));
  return differences;
}
