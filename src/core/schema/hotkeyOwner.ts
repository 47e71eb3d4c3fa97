import type { LabelRef, ProjectSchema } from './projectSchema.ts';

/** The label a hotkey triggers, searching entities, then event types, then stance labels. */
export function hotkeyOwner(schema: ProjectSchema, code: string): LabelRef | null {
  const entity = schema.entities.find((label) => label.hotkey === code);
  if (entity) return { section: 'entities', tag: entity.tag };
  const event = schema.events.find((label) => label.hotkey === code);
  if (event) return { section: 'events', tag: event.type };
  const stance = schema.stanceLabels.find((label) => label.hotkey === code);
  if (stance) return { section: 'stanceLabels', tag: stance.tag };
  return null;
}
