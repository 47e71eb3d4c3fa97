import type { EventRole, LocalName, ProjectSchema } from './projectSchema.ts';

/** What a lead typed as a role's names; either language may be left empty. */
export type RoleNameFields = Readonly<Partial<LocalName>>;

/** Role ids from a form field: separated by Latin or Arabic commas, trimmed, empty ones dropped (repeats kept for validation to report). */
export function roleIdsFromField(field: string): string[] {
  return field
    .split(/[,،]/)
    .map((role) => role.trim())
    .filter((role) => role !== '');
}

/** A role with the names given, each empty one falling back to the role id so annotators always see something. */
export function namedRole(role: string, names: RoleNameFields | undefined): EventRole {
  const name = (given: string | undefined) => given?.trim() || role;
  return { role, name: { en: name(names?.en), ar: name(names?.ar) } };
}

/**
 * Renames the roles of one event type: `names` maps role ids to their names, and roles it does
 * not mention keep theirs. Role ids never change here, so arguments already made stay valid.
 */
export function setEventRoleNames(schema: ProjectSchema, type: string, names: Readonly<Record<string, RoleNameFields>>): ProjectSchema {
  const index = schema.events.findIndex((event) => event.type === type);
  if (index < 0) throw new Error(`No event type ${type}`);
  const event = schema.events[index]!;
  const roles = event.roles.map((role) => (role.role in names ? namedRole(role.role, names[role.role]) : role));
  return { ...schema, events: schema.events.map((existing, i) => (i === index ? { ...event, roles } : existing)) };
}
