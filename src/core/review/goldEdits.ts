import type { EntitySpan, EventAnnotation, StanceAnnotation } from '../model/annotation.ts';
import { newSpanId } from '../annotate/spanId.ts';
import type { TextRange } from '../annotate/textRange.ts';
import { newEventId } from '../events/eventEdits.ts';
import { stanceTargetKey } from '../agreement/stanceAgreement.ts';
import type { ReviewItem, SpanValue, Variant } from './reviewItem.ts';
import { eventKey, eventValue, spanKey } from './reviewItems.ts';
import type { GoldLayers } from './reviewItems.ts';

/*
 * Gold edits are described by values (spans, event and stance values), not ids, and
 * applied to the latest stored gold: an item computed a moment ago still finds its
 * part of gold after another tab changed it. Each returns null when gold would not change.
 */

/**
 * The variants that accepting `chosen` pushes out of gold: those no annotator of
 * `chosen` also has (an alternative label, boundary, type or argument set), and
 * the reviewer's own gold-only versions. Variants its annotators have as well
 * (nested spans, two events on one trigger) stay.
 */
function alternatives(item: ReviewItem, chosen: Variant): Set<string> {
  return new Set(item.variants.filter((v) => v.key !== chosen.key && !v.annotators.some((a) => chosen.annotators.includes(a))).map((v) => v.key));
}

function usedIds(layers: GoldLayers): string[] {
  return [...layers.entities.map((e) => e.id), ...layers.events.map((e) => e.id)];
}

/**
 * The id of gold's entity for an event argument or stance target, adding the span
 * if gold has none with its offsets. Agreement matches arguments and targets by
 * offsets, not labels, so a gold span of another label will do.
 */
function ensureEntity(layers: GoldLayers, span: SpanValue): { layers: GoldLayers; id: string } {
  const found =
    layers.entities.find((e) => e.start === span.start && e.end === span.end && e.label === span.label) ??
    layers.entities.find((e) => e.start === span.start && e.end === span.end);
  if (found) return { layers, id: found.id };
  const id = newSpanId(usedIds(layers));
  return { layers: { ...layers, entities: sortedSpans([...layers.entities, { id, ...span }]) }, id };
}

function sortedSpans(spans: EntitySpan[]): EntitySpan[] {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

const STANCE_ID = /^s(\d{1,15})$/;

function newStanceId(stance: readonly StanceAnnotation[]): string {
  let highest = 0;
  for (const entry of stance) {
    const match = STANCE_ID.exec(entry.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `s${highest + 1}`;
}

function acceptVariant(layers: GoldLayers, item: ReviewItem, chosen: Variant): GoldLayers {
  const pushed = alternatives(item, chosen);
  if (chosen.layer === 'entity') {
    const span = chosen.value;
    let entities: EntitySpan[] = [];
    let relabelled = false;
    const has = layers.entities.some((e) => spanKey(e) === chosen.key);
    for (const entity of layers.entities) {
      if (!pushed.has(spanKey(entity))) entities.push(entity);
      else if (!has && !relabelled && entity.start === span.start && entity.end === span.end) {
        // Same offsets, other label: relabel in place, so events and stance pointing at it still do.
        entities.push({ ...entity, label: span.label });
        relabelled = true;
      }
    }
    if (!has && !relabelled) entities = sortedSpans([...entities, { id: newSpanId(usedIds(layers)), ...span }]);
    return { ...layers, entities };
  }
  if (chosen.layer === 'event') {
    const keep = layers.events.filter((event) => !pushed.has(eventKey(eventValue(event, layers.entities))));
    let next: GoldLayers = { ...layers, events: keep };
    if (keep.some((event) => eventKey(eventValue(event, layers.entities)) === chosen.key)) return next;
    const args: EventAnnotation['arguments'] = [];
    for (const argument of chosen.value.arguments) {
      const ensured = ensureEntity(next, argument.span);
      next = ensured.layers;
      args.push({ role: argument.role, entity: ensured.id });
    }
    const event: EventAnnotation = { id: newEventId(next.events), type: chosen.value.type, trigger: chosen.value.trigger, arguments: args };
    if (chosen.value.attributes) event.attributes = { ...chosen.value.attributes };
    return { ...next, events: [...next.events, event] };
  }
  const value = chosen.value;
  const current = layers.stance.find((s) => stanceTargetKey(s.target) === item.groupKey);
  if (current && current.label === value.label) return layers;
  let next: GoldLayers = { ...layers, stance: layers.stance.filter((s) => stanceTargetKey(s.target) !== item.groupKey) };
  let targetEntity: string | null = null;
  if (value.entity) {
    const ensured = ensureEntity(next, value.entity);
    next = ensured.layers;
    targetEntity = ensured.id;
  }
  return { ...next, stance: [...next.stance, { id: newStanceId(layers.stance), target: value.target, targetEntity, label: value.label }] };
}

function same(a: GoldLayers, b: GoldLayers): boolean {
  return JSON.stringify([a.entities, a.events, a.stance]) === JSON.stringify([b.entities, b.events, b.stance]);
}

/** Puts the item's variant into gold, replacing its alternatives there. */
export function acceptIntoGold(gold: GoldLayers, item: ReviewItem, variantIndex: number): GoldLayers | null {
  const chosen = item.variants[variantIndex];
  if (!chosen) return null;
  const next = acceptVariant(gold, item, chosen);
  return same(gold, next) ? null : next;
}

/** Takes every variant of the item out of gold. Events or stance that pointed at a removed span keep pointing at it, and are flagged where they are edited. */
export function removeFromGold(gold: GoldLayers, item: ReviewItem): GoldLayers | null {
  const keys = new Set(item.variants.map((v) => v.key));
  let next: GoldLayers;
  if (item.layer === 'entity') next = { ...gold, entities: gold.entities.filter((e) => !keys.has(spanKey(e))) };
  else if (item.layer === 'event') next = { ...gold, events: gold.events.filter((e) => !keys.has(eventKey(eventValue(e, gold.entities)))) };
  else next = { ...gold, stance: gold.stance.filter((s) => stanceTargetKey(s.target) !== item.groupKey) };
  return same(gold, next) ? null : next;
}

/**
 * Adds everything every annotator agrees on. What gold already holds is left as
 * it is: an item where the reviewer put a version of their own is skipped.
 */
export function acceptAgreedIntoGold(gold: GoldLayers, items: readonly ReviewItem[]): GoldLayers | null {
  let next = gold;
  const agreed = items.filter((item) => item.kind === 'agreed' && item.variants.every((v) => v.annotators.length > 0));
  // Entities first, so events and stance find the agreed spans they point at.
  for (const layer of ['entity', 'event', 'stance'] as const) {
    for (const item of agreed) {
      if (item.layer !== layer) continue;
      for (const variant of item.variants) if (variant.annotators.length > 0) next = acceptVariant(next, item, variant);
    }
  }
  return same(gold, next) ? null : next;
}

/** Adds a span the reviewer marked in the gold text; null if gold has it already. */
export function addGoldSpan(gold: GoldLayers, span: SpanValue): GoldLayers | null {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start || !span.label) return null;
  if (gold.entities.some((e) => spanKey(e) === spanKey(span))) return null;
  return { ...gold, entities: sortedSpans([...gold.entities, { id: newSpanId(usedIds(gold)), start: span.start, end: span.end, label: span.label }]) };
}

/** Removes gold's span with these offsets and label; null if gold has none. */
export function removeGoldSpan(gold: GoldLayers, span: SpanValue): GoldLayers | null {
  const entities = gold.entities.filter((e) => spanKey(e) !== spanKey(span));
  return entities.length === gold.entities.length ? null : { ...gold, entities };
}

/**
 * Gives gold's span with these offsets and label another label, keeping its id so the
 * event arguments and stance targets that point at it stay attached. Null if gold has
 * no such span, the label is the same, or gold already has the span under the new label.
 */
export function relabelGoldSpan(gold: GoldLayers, span: SpanValue, label: string): GoldLayers | null {
  if (!label || label === span.label) return null;
  const key = spanKey(span);
  const index = gold.entities.findIndex((e) => spanKey(e) === key);
  if (index < 0 || gold.entities.some((e) => spanKey(e) === spanKey({ ...span, label }))) return null;
  const entities = gold.entities.map((e, i) => (i === index ? { ...e, label } : e));
  return { ...gold, entities: sortedSpans(entities) };
}

/**
 * Moves the edges of gold's span with this id to the range `bounds` gives for it,
 * keeping its id and label so events and stance that point at it stay attached.
 * `bounds` sees the span as stored, so a key pressed before the last write showed
 * still moves from where that write left it. Null if gold has no such span, the
 * range is empty, outside the offsets, unchanged, or gold already has a span of
 * that label there.
 */
export function resizeGoldSpan(gold: GoldLayers, id: string, bounds: (span: EntitySpan) => TextRange | null): GoldLayers | null {
  const span = gold.entities.find((e) => e.id === id);
  const range = span ? bounds(span) : null;
  if (!span || !range || !Number.isInteger(range.start) || !Number.isInteger(range.end) || range.start < 0 || range.end <= range.start) return null;
  if (range.start === span.start && range.end === span.end) return null;
  const key = spanKey({ ...range, label: span.label });
  if (gold.entities.some((e) => spanKey(e) === key)) return null;
  return { ...gold, entities: sortedSpans(gold.entities.map((e) => (e === span ? { ...e, start: range.start, end: range.end } : e))) };
}
