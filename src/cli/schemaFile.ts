import type { ProjectSchema } from '../core/schema/projectSchema.ts';

/**
 * A project schema read from a JSON file, checked only as far as validation uses
 * it (entity tags, event types with their roles, stance tags); or why it cannot be used.
 */
export function readProjectSchema(json: string): ProjectSchema | string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null) return 'not a schema object';
  const schema = value as Partial<Record<keyof ProjectSchema, unknown>>;
  const list = (key: keyof ProjectSchema, field: string) =>
    Array.isArray(schema[key]) && schema[key].every((item) => typeof item === 'object' && item !== null && typeof (item as Record<string, unknown>)[field] === 'string');
  if (!list('entities', 'tag')) return '"entities" is not a list of labels with a "tag"';
  if (!list('events', 'type')) return '"events" is not a list of event types with a "type"';
  const rolesOk = (schema.events as { roles?: unknown }[]).every(
    (event) => Array.isArray(event.roles) && event.roles.every((role) => typeof role === 'object' && role !== null && typeof (role as { role?: unknown }).role === 'string'),
  );
  if (!rolesOk) return 'an event type has no list of roles with a "role"';
  if (!list('stanceLabels', 'tag')) return '"stanceLabels" is not a list of labels with a "tag"';
  return value as ProjectSchema;
}
