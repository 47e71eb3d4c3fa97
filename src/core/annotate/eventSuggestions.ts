import type { EntitySpan, EventAnnotation, SuggestionDecision } from '../model/annotation.ts';

/** A suggested event's argument: its role and the suggested entity it points at, as offsets and label. */
export interface SuggestedArgument {
  role: string;
  span: { start: number; end: number; label: string } | null;
}

type SpanFields = { start: number; end: number; label: string };

/** A suggested event the annotator has not decided on, with what accepting it needs. */
export interface EventSuggestion {
  /** The decision key (eventSuggestionKey). */
  key: string;
  event: EventAnnotation;
  arguments: SuggestedArgument[];
  /** False when an argument points at no entity of the suggestions: the event cannot be accepted. */
  acceptable: boolean;
  /** The arguments' entities the annotator's set lacks, each once: accepting the event adds them. */
  missing: SpanFields[];
}

const sameSpan = (a: SpanFields, b: SpanFields) => a.start === b.start && a.end === b.end && a.label === b.label;

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

/** The arguments' spans that are not in `ownEntities` (same offsets and label), each once, in argument order. */
export function missingArgumentSpans(args: readonly SuggestedArgument[], ownEntities: readonly EntitySpan[]): SpanFields[] {
  const missing: SpanFields[] = [];
  for (const { span } of args) {
    if (!span || ownEntities.some((entity) => sameSpan(entity, span)) || missing.some((other) => sameSpan(other, span))) continue;
    missing.push({ start: span.start, end: span.end, label: span.label });
  }
  return missing;
}

/**
 * The suggested events an annotator still has to decide on: not accepted or rejected
 * before, and not already in their own set. Accepting one adds the argument entities
 * the annotator lacks with it, so that it points at the annotator's own spans.
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
    const acceptable = args.every((argument) => argument.span !== null);
    open.push({ key, event, arguments: args, acceptable, missing: missingArgumentSpans(args, ownEntities) });
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
