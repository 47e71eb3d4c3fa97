import type { EntityLabel, EventRole, EventType, LocalName, ProjectSchema, StanceLabel } from '../schema/projectSchema.ts';
import { validateSchema } from '../schema/validateSchema.ts';
import type { ProblemList } from './exchangeProblem.ts';
import { isRecord } from './jsonShape.ts';
import { schemaReason } from './schemaReason.ts';

function localName(value: unknown): LocalName | null {
  return isRecord(value) && typeof value.en === 'string' && typeof value.ar === 'string' ? { en: value.en, ar: value.ar } : null;
}

function hotkey(value: unknown): string | null | undefined {
  return value === null || typeof value === 'string' ? value : undefined;
}

/** The schema of a file, copied field by field (nothing unknown comes along), or null with problems listed. */
export function readSchema(value: unknown, path: string, problems: ProblemList): ProjectSchema | null {
  const before = problems.count;
  if (!isRecord(value)) {
    problems.add(path, { code: 'not-object' });
    return null;
  }
  const list = (key: string): unknown[] => {
    const items = value[key];
    if (Array.isArray(items)) return items;
    problems.add(`${path}.${key}`, { code: 'not-array' });
    return [];
  };
  const entities: EntityLabel[] = [];
  list('entities').forEach((item, i) => {
    const name = isRecord(item) ? localName(item.name) : null;
    const key = isRecord(item) ? hotkey(item.hotkey) : undefined;
    if (!isRecord(item) || typeof item.tag !== 'string' || !name || typeof item.color !== 'string' || key === undefined) {
      problems.add(`${path}.entities[${i}]`, { code: 'needs-label-fields' });
      return;
    }
    const label: EntityLabel = { tag: item.tag, name, color: item.color, hotkey: key };
    const description = isRecord(item.description) ? item.description : null;
    if (description) {
      label.description = {};
      if (typeof description.en === 'string') label.description.en = description.en;
      if (typeof description.ar === 'string') label.description.ar = description.ar;
    }
    entities.push(label);
  });
  const events: EventType[] = [];
  list('events').forEach((item, i) => {
    const name = isRecord(item) ? localName(item.name) : null;
    const key = isRecord(item) ? hotkey(item.hotkey) : undefined;
    if (!isRecord(item) || typeof item.type !== 'string' || !name || key === undefined || !Array.isArray(item.roles)) {
      problems.add(`${path}.events[${i}]`, { code: 'needs-event-type-fields' });
      return;
    }
    const roles: EventRole[] = [];
    item.roles.forEach((role: unknown, j: number) => {
      const roleName = isRecord(role) ? localName(role.name) : null;
      if (!isRecord(role) || typeof role.role !== 'string' || !roleName) problems.add(`${path}.events[${i}].roles[${j}]`, { code: 'needs-role-fields' });
      else roles.push({ role: role.role, name: roleName });
    });
    events.push({ type: item.type, name, roles, hotkey: key });
  });
  const stanceLabels: StanceLabel[] = [];
  list('stanceLabels').forEach((item, i) => {
    const name = isRecord(item) ? localName(item.name) : null;
    const key = isRecord(item) ? hotkey(item.hotkey) : undefined;
    if (!isRecord(item) || typeof item.tag !== 'string' || !name || typeof item.color !== 'string' || key === undefined) {
      problems.add(`${path}.stanceLabels[${i}]`, { code: 'needs-label-fields' });
      return;
    }
    stanceLabels.push({ tag: item.tag, name, color: item.color, hotkey: key });
  });
  const stanceTargets: string[] = [];
  list('stanceTargets').forEach((item, i) => {
    if (typeof item === 'string') stanceTargets.push(item);
    else problems.add(`${path}.stanceTargets[${i}]`, { code: 'not-string' });
  });
  if (problems.count > before) return null;
  const schema: ProjectSchema = { entities, events, stanceLabels, stanceTargets };
  for (const problem of validateSchema(schema)) problems.add(`${path}.${problem.path}`, schemaReason(problem));
  return problems.count > before ? null : schema;
}
