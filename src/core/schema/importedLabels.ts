import type { EntitySpan, EventAnnotation, StanceAnnotation } from '../model/annotation.ts';
import { newStanceLabelColor } from './newStanceLabelColor.ts';
import { importedLabelName } from './knownLabelNames.ts';
import type { EntityLabel, EventType, ProjectSchema, StanceLabel } from './projectSchema.ts';
import { validateSchema } from './validateSchema.ts';

/** The labels imported annotations use: entity labels, stance labels, and event types with the roles their arguments take. */
export interface FoundLabels {
  entities: string[];
  stance: string[];
  events: { type: string; roles: string[] }[];
}

export const NO_LABELS: FoundLabels = { entities: [], stance: [], events: [] };

/**
 * Light colours for entity labels added from imported files, in turn: the annotation
 * screen writes dark text over a label's colour, as over the defaults'.
 */
const IMPORTED_ENTITY_COLORS = [
  '#90caf9', '#a5d6a7', '#ffcc80', '#ce93d8', '#80cbc4', '#f48fb1', '#e6ee9c', '#bcaaa4', '#9fa8da', '#ffab91', '#81d4fa', '#c5e1a5',
] as const;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The labels of some annotation sets, each once, in code unit order. */
export function labelsOf(
  sets: Iterable<{ entities: readonly Pick<EntitySpan, 'label'>[]; events: readonly EventAnnotation[]; stance: readonly Pick<StanceAnnotation, 'label'>[] }>,
): FoundLabels {
  const entities = new Set<string>();
  const stance = new Set<string>();
  const events = new Map<string, Set<string>>();
  for (const set of sets) {
    for (const entity of set.entities) entities.add(entity.label);
    for (const one of set.stance) stance.add(one.label);
    for (const event of set.events) {
      const roles = events.get(event.type) ?? new Set<string>();
      for (const argument of event.arguments) roles.add(argument.role);
      events.set(event.type, roles);
    }
  }
  return {
    entities: [...entities].sort(byCodeUnit),
    stance: [...stance].sort(byCodeUnit),
    events: [...events].map(([type, roles]) => ({ type, roles: [...roles].sort(byCodeUnit) })).sort((a, b) => byCodeUnit(a.type, b.type)),
  };
}

/** Both lists of labels together, each once. */
export function mergeLabels(a: FoundLabels, b: FoundLabels): FoundLabels {
  const roles = new Map<string, Set<string>>();
  for (const event of [...a.events, ...b.events]) roles.set(event.type, new Set([...(roles.get(event.type) ?? []), ...event.roles]));
  return {
    entities: [...new Set([...a.entities, ...b.entities])].sort(byCodeUnit),
    stance: [...new Set([...a.stance, ...b.stance])].sort(byCodeUnit),
    events: [...roles].map(([type, set]) => ({ type, roles: [...set].sort(byCodeUnit) })).sort((x, y) => byCodeUnit(x.type, y.type)),
  };
}

/** The found labels the schema lacks (an event type counts as lacking when the schema has no type of that name). */
export function missingLabels(schema: ProjectSchema, found: FoundLabels): FoundLabels {
  const entities = new Set(schema.entities.map((label) => label.tag));
  const stance = new Set(schema.stanceLabels.map((label) => label.tag));
  const events = new Set(schema.events.map((event) => event.type));
  return {
    entities: found.entities.filter((tag) => !entities.has(tag)),
    stance: found.stance.filter((tag) => !stance.has(tag)),
    events: found.events.filter((event) => !events.has(event.type)),
  };
}

export function hasLabels(found: FoundLabels): boolean {
  return found.entities.length + found.stance.length + found.events.length > 0;
}

/**
 * The schema with the found labels it lacks, named as known corpora name them or else
 * by their tags (importedLabelName), without hotkeys, entity and stance labels in
 * colours of their own; an event type with the roles its events use. A label the schema cannot hold (a tag with spaces
 * or symbols, say) is left out and listed in `refused`: its annotations stay, shown
 * as a label the schema lacks.
 */
export function withImportedLabels(schema: ProjectSchema, found: FoundLabels): { schema: ProjectSchema; added: FoundLabels; refused: string[] } {
  const missing = missingLabels(schema, found);
  const added: FoundLabels = { entities: [], stance: [], events: [] };
  const refused: string[] = [];
  let current = schema;
  const tryAdd = (candidate: ProjectSchema, tag: string): boolean => {
    if (validateSchema(candidate).length > 0) {
      refused.push(tag);
      return false;
    }
    current = candidate;
    return true;
  };
  const named = (role: string) => ({ en: role, ar: role });
  missing.entities.forEach((tag) => {
    const used = new Set(current.entities.map((label) => label.color.toLowerCase()));
    const color = IMPORTED_ENTITY_COLORS.find((c) => !used.has(c)) ?? IMPORTED_ENTITY_COLORS[added.entities.length % IMPORTED_ENTITY_COLORS.length]!;
    const label: EntityLabel = { tag, name: importedLabelName('entity', tag, current.entities.map((other) => other.name)), color, hotkey: null };
    if (tryAdd({ ...current, entities: [...current.entities, label] }, tag)) added.entities.push(tag);
  });
  for (const tag of missing.stance) {
    const label: StanceLabel = { tag, name: importedLabelName('stance', tag, current.stanceLabels.map((other) => other.name)), color: newStanceLabelColor(current.stanceLabels), hotkey: null };
    if (tryAdd({ ...current, stanceLabels: [...current.stanceLabels, label] }, tag)) added.stance.push(tag);
  }
  for (const event of missing.events) {
    const type: EventType = { type: event.type, name: importedLabelName('event', event.type, current.events.map((other) => other.name)), roles: event.roles.map((role) => ({ role, name: named(role) })), hotkey: null };
    if (tryAdd({ ...current, events: [...current.events, type] }, event.type)) added.events.push(event);
  }
  return { schema: current, added, refused };
}
