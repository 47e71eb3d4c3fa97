import type { EntitySpan, EventAnnotation, SuggestionDecision } from '../model/annotation.ts';

/** A suggested event's argument: its role and the suggested entity it points at, as offsets and label. */
export interface SuggestedArgument {
  role: string;
  span: { start: number; end: number; label: string } | null;
}

/** A suggested event the annotator has not decided on, with what accepting it needs. */
export interface EventSuggestion {
  /** The decision key (eventSuggestionKey). */
  key: string;
  event: EventAnnotation;
  arguments: SuggestedArgument[];
  /** Every argument's entity is in the annotator's set already, so the event can be accepted as it is. */
  ready: boolean;
}

const sameSpan = (a: { start: number; end: number; label: string }, b: typeof a) => a.start === b.start && a.end === b.end && a.label === b.label;

/** The event's arguments as offsets and labels, through the entities of its own set. */
function suggestedArguments(event: EventAnnotation, entities: readonly EntitySpan[]): SuggestedArgument[] {
  return event.arguments.map((argument) => {
    const entity = entities.find((candidate) => candidate.id === argument.entity);
    return { role: argument.role, span: entity ? { start: entity.start, end: entity.end, label: entity.label } : null };
  });
}

/**
 * What says two events are the same whatever their sets' ids: type, trigger offsets, and
 * arguments as (role, offsets, label), in any order. JSON, so no separator can be forged.
 */
export function eventSuggestionKey(event: EventAnnotation, args: readonly SuggestedArgument[]): string {
  const trigger = event.trigger ? [event.trigger.start, event.trigger.end] : null;
  const parts = args.map((a) => JSON.stringify([a.role, a.span?.start ?? null, a.span?.end ?? null, a.span?.label ?? null])).sort();
  return `event:${JSON.stringify([event.type, trigger, parts])}`;
}

/**
 * The suggested events an annotator still has to decide on: not accepted or rejected
 * before, and not already in their own set. An event is ready to accept once every
 * argument's entity is in the annotator's set (accepted from the span suggestions, or
 * tagged): the event then points at the annotator's own spans.
 */
export function openEventSuggestions(
  suggested: readonly EventAnnotation[],
  suggestedEntities: readonly EntitySpan[],
  own: readonly EventAnnotation[],
  ownEntities: readonly EntitySpan[],
  decisions: Readonly<Record<string, SuggestionDecision>> | undefined,
): EventSuggestion[] {
  if (suggested.length === 0) return [];
  const present = new Set(own.map((event) => eventSuggestionKey(event, suggestedArguments(event, ownEntities))));
  const open: EventSuggestion[] = [];
  for (const event of suggested) {
    const args = suggestedArguments(event, suggestedEntities);
    const key = eventSuggestionKey(event, args);
    if (present.has(key) || decisions?.[key] !== undefined) continue;
    const ready = args.every((argument) => argument.span !== null && ownEntities.some((entity) => sameSpan(entity, argument.span!)));
    open.push({ key, event, arguments: args, ready });
  }
  return open;
}

/** The suggested event as the annotator's own, its arguments pointing at their spans; null when one of them is missing. */
export function acceptedEvent(suggestion: Pick<EventSuggestion, 'event' | 'arguments'>, ownEntities: readonly EntitySpan[], id: string): EventAnnotation | null {
  const args = [];
  for (const argument of suggestion.arguments) {
    const entity = argument.span ? ownEntities.find((candidate) => sameSpan(candidate, argument.span!)) : undefined;
    if (!entity) return null;
    args.push({ role: argument.role, entity: entity.id });
  }
  const { event } = suggestion;
  return { id, type: event.type, trigger: event.trigger ? { ...event.trigger } : null, arguments: args, ...(event.attributes ? { attributes: { ...event.attributes } } : {}) };
}
