import type { ProjectSchema } from '../schema/projectSchema.ts';

/** The tags a schema allows, for checking imported labels in O(1) each. */
export interface SchemaLabels {
  entities: ReadonlySet<string>;
  /** Event type → its roles. */
  events: ReadonlyMap<string, ReadonlySet<string>>;
  stance: ReadonlySet<string>;
}

export function schemaLabels(schema: ProjectSchema): SchemaLabels {
  return {
    entities: new Set(schema.entities.map((label) => label.tag)),
    events: new Map(schema.events.map((event) => [event.type, new Set(event.roles.map((role) => role.role))])),
    stance: new Set(schema.stanceLabels.map((label) => label.tag)),
  };
}
