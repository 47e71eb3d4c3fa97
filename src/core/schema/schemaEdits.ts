import type { EntityLabel, EventType, LabelRef, LocalName, ProjectSchema, StanceLabel } from './projectSchema.ts';
import { namedRole, roleIdsFromField, type RoleNameFields } from './eventRoleNames.ts';

/**
 * Pure edits of a schema: each returns a new schema and leaves its input alone. They do not
 * validate (validateSchema does); they throw only when the label they edit is missing.
 */

function entityIndex(schema: ProjectSchema, tag: string): number {
  const index = schema.entities.findIndex((label) => label.tag === tag);
  if (index < 0) throw new Error(`No entity label ${tag}`);
  return index;
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

export function addEntityLabel(schema: ProjectSchema, label: EntityLabel): ProjectSchema {
  return { ...schema, entities: [...schema.entities, label] };
}

export type EntityLabelPatch = Partial<Pick<EntityLabel, 'name' | 'color' | 'hotkey' | 'description'>>;

export function updateEntityLabel(schema: ProjectSchema, tag: string, patch: EntityLabelPatch): ProjectSchema {
  const index = entityIndex(schema, tag);
  return { ...schema, entities: replaceAt(schema.entities, index, { ...schema.entities[index]!, ...patch }) };
}

/** Renames the tag in the schema only; spans are re-tagged by the storage layer in the same transaction. */
export function renameEntityTag(schema: ProjectSchema, from: string, to: string): ProjectSchema {
  const index = entityIndex(schema, from);
  return { ...schema, entities: replaceAt(schema.entities, index, { ...schema.entities[index]!, tag: to }) };
}

export function removeEntityLabel(schema: ProjectSchema, tag: string): ProjectSchema {
  const index = entityIndex(schema, tag);
  return { ...schema, entities: schema.entities.filter((_, i) => i !== index) };
}

/** Sets or clears (null) the hotkey of any label: entity, event type or stance label. */
export function setHotkey(schema: ProjectSchema, ref: LabelRef, hotkey: string | null): ProjectSchema {
  switch (ref.section) {
    case 'entities':
      return updateEntityLabel(schema, ref.tag, { hotkey });
    case 'events': {
      const index = schema.events.findIndex((event) => event.type === ref.tag);
      if (index < 0) throw new Error(`No event type ${ref.tag}`);
      return { ...schema, events: replaceAt(schema.events, index, { ...schema.events[index]!, hotkey }) };
    }
    case 'stanceLabels': {
      const index = schema.stanceLabels.findIndex((label) => label.tag === ref.tag);
      if (index < 0) throw new Error(`No stance label ${ref.tag}`);
      return { ...schema, stanceLabels: replaceAt(schema.stanceLabels, index, { ...schema.stanceLabels[index]!, hotkey }) };
    }
  }
}

export function addEventType(schema: ProjectSchema, eventType: EventType): ProjectSchema {
  return { ...schema, events: [...schema.events, eventType] };
}

/** Removes an event type from the schema; events of that type stay in the documents, flagged as of an unknown type. */
export function removeEventType(schema: ProjectSchema, type: string): ProjectSchema {
  if (!schema.events.some((event) => event.type === type)) throw new Error(`No event type ${type}`);
  return { ...schema, events: schema.events.filter((event) => event.type !== type) };
}

/**
 * An event type from what a form gives: the type, its names, role ids separated by commas, and
 * optional names for each role (a role without them is named by its id).
 */
export function eventTypeFromFields(
  type: string,
  name: { ar: string; en: string },
  roles: string,
  roleNames: Readonly<Record<string, RoleNameFields>> = {},
): EventType {
  return {
    type: type.trim(),
    name: { ar: name.ar.trim(), en: name.en.trim() },
    roles: roleIdsFromField(roles).map((role) => namedRole(role, roleNames[role])),
    hotkey: null,
  };
}

export function addStanceLabel(schema: ProjectSchema, label: StanceLabel): ProjectSchema {
  return { ...schema, stanceLabels: [...schema.stanceLabels, label] };
}

/** Removes a stance label from the schema; stances with it stay in the documents, flagged, until it is back or replaced. */
export function removeStanceLabel(schema: ProjectSchema, tag: string): ProjectSchema {
  if (!schema.stanceLabels.some((label) => label.tag === tag)) throw new Error(`No stance label ${tag}`);
  return { ...schema, stanceLabels: schema.stanceLabels.filter((label) => label.tag !== tag) };
}

/** A stance label from what a form gives, trimmed; it starts without a hotkey. */
export function stanceLabelFromFields(tag: string, name: LocalName, color: string): StanceLabel {
  return { tag: tag.trim(), name: { ar: name.ar.trim(), en: name.en.trim() }, color, hotkey: null };
}

export function addStanceTarget(schema: ProjectSchema, target: string): ProjectSchema {
  return { ...schema, stanceTargets: [...schema.stanceTargets, target.trim()] };
}

export function removeStanceTarget(schema: ProjectSchema, target: string): ProjectSchema {
  return { ...schema, stanceTargets: schema.stanceTargets.filter((t) => t !== target) };
}

const KEY_SYMBOLS: Readonly<Record<string, string>> = {
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Backquote: '`',
  Comma: ',',
  Period: '.',
  Slash: '/',
};

/** What to print on a key cap for a KeyboardEvent.code: "KeyG" → "G", "Digit1" → "1", "Numpad1" → "Num 1". */
export function hotkeyLabel(code: string): string {
  const letterOrDigit = /^(?:Key|Digit)(.)$/.exec(code);
  if (letterOrDigit) return letterOrDigit[1]!;
  const numpad = /^Numpad(.+)$/.exec(code);
  if (numpad) return `Num ${numpad[1]}`;
  return KEY_SYMBOLS[code] ?? code;
}
