import type { AnnotationSet } from '../model/annotation.ts';
import { addMatchCounts, emptyMatchCounts, exactMatchCounts, f1Score } from './f1Score.ts';
import type { MatchCounts } from './f1Score.ts';

/**
 * One annotator's events on one document as three sorted lists of match keys:
 * - triggers: the trigger span (start, end) of each event that has one;
 * - types: (trigger span, type); an event without a trigger (a document-level
 *   event label) has the key (document, type), so it matches another trigger-less
 *   event of the same type and never an event with a trigger;
 * - arguments: (trigger span or document, type, role, argument span start and
 *   end). The argument is identified by its entity's span, not its id, so two
 *   annotators' entity ids never have to agree; an argument whose entity is
 *   missing from the set is left out (the annotation screen flags it).
 * Matching is one-to-one on equal keys, so F1 = 2·matches / (|A| + |B|).
 */
export interface EventItems {
  triggers: string[];
  types: string[];
  arguments: string[];
}

export interface EventCounts {
  trigger: MatchCounts;
  type: MatchCounts;
  argument: MatchCounts;
}

export interface EventScores {
  trigger_f1: number | null;
  type_f1: number | null;
  argument_f1: number | null;
}

const NO_EVENTS: EventItems = { triggers: [], types: [], arguments: [] };

export function eventItems(layers: Pick<AnnotationSet, 'entities' | 'events'>): EventItems {
  if (layers.events.length === 0) return NO_EVENTS;
  const entities = new Map(layers.entities.map((entity) => [entity.id, entity]));
  const items: EventItems = { triggers: [], types: [], arguments: [] };
  for (const event of layers.events) {
    const start = event.trigger?.start ?? null;
    const end = event.trigger?.end ?? null;
    if (event.trigger !== null) items.triggers.push(JSON.stringify([start, end]));
    items.types.push(JSON.stringify([start, end, event.type]));
    for (const argument of event.arguments) {
      const entity = entities.get(argument.entity);
      if (entity === undefined) continue;
      items.arguments.push(JSON.stringify([start, end, event.type, argument.role, entity.start, entity.end]));
    }
  }
  items.triggers.sort();
  items.types.sort();
  items.arguments.sort();
  return items;
}

export function compareEventItems(a: EventItems, b: EventItems): EventCounts {
  return {
    trigger: exactMatchCounts(a.triggers, b.triggers),
    type: exactMatchCounts(a.types, b.types),
    argument: exactMatchCounts(a.arguments, b.arguments),
  };
}

export function emptyEventCounts(): EventCounts {
  return { trigger: emptyMatchCounts(), type: emptyMatchCounts(), argument: emptyMatchCounts() };
}

export function addEventCounts(into: EventCounts, from: EventCounts): void {
  addMatchCounts(into.trigger, from.trigger);
  addMatchCounts(into.type, from.type);
  addMatchCounts(into.argument, from.argument);
}

/** F1 of each kind; null where neither side has an item of that kind. */
export function eventScores(counts: EventCounts): EventScores {
  return { trigger_f1: f1Score(counts.trigger), type_f1: f1Score(counts.type), argument_f1: f1Score(counts.argument) };
}

/** trigger_f1, type_f1 and argument_f1 of two annotators, micro-averaged over the documents both annotated. */
export function eventAgreement(
  documents: Iterable<{ a: Pick<AnnotationSet, 'entities' | 'events'>; b: Pick<AnnotationSet, 'entities' | 'events'> }>,
): EventScores {
  const tally = emptyEventCounts();
  for (const { a, b } of documents) addEventCounts(tally, compareEventItems(eventItems(a), eventItems(b)));
  return eventScores(tally);
}
