import type { AnnotationSet, EntitySpan, EventAnnotation, StanceAnnotation } from '../model/annotation.ts';
import { isAnnotated } from '../agreement/agreementInput.ts';
import type { AgreementLayers } from '../agreement/agreementInput.ts';
import { stanceTargetKey } from '../agreement/stanceAgreement.ts';
import type { ArgumentValue, EventValue, ItemKind, ItemLayer, ReviewItem, SpanValue, StanceValue, Variant } from './reviewItem.ts';

/** One annotator's version of the document. */
export interface ReviewVersion {
  annotator: string;
  layers: AgreementLayers;
}

export type GoldLayers = Pick<AnnotationSet, 'entities' | 'events' | 'stance'>;

export function spanKey(span: SpanValue): string {
  return `${span.start}:${span.end}:${span.label}`;
}

/** Events on the same trigger are compared; document-level events are compared by type. */
export function triggerKey(event: { type: string; trigger: { start: number; end: number } | null }): string {
  return event.trigger ? `${event.trigger.start}:${event.trigger.end}` : `doc:${event.type}`;
}

/** The same key as agreement's argument_f1: the argument's entity by its span, not its label or id. */
export function eventKey(event: EventValue): string {
  return JSON.stringify([event.type, event.trigger ? [event.trigger.start, event.trigger.end] : null, event.arguments.map((a) => [a.role, a.span.start, a.span.end])]);
}

function compareArguments(a: ArgumentValue, b: ArgumentValue): number {
  return a.role < b.role ? -1 : a.role > b.role ? 1 : a.span.start - b.span.start || a.span.end - b.span.end || (a.span.label < b.span.label ? -1 : a.span.label > b.span.label ? 1 : 0);
}

/** An event as values; an argument whose entity is missing from the set is left out, as agreement does. */
export function eventValue(event: EventAnnotation, entities: readonly EntitySpan[]): EventValue {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const args: ArgumentValue[] = [];
  for (const argument of event.arguments) {
    const entity = byId.get(argument.entity);
    if (entity) args.push({ role: argument.role, span: { start: entity.start, end: entity.end, label: entity.label } });
  }
  args.sort(compareArguments);
  const value: EventValue = { type: event.type, trigger: event.trigger ? { start: event.trigger.start, end: event.trigger.end } : null, arguments: args };
  if (event.attributes && Object.keys(event.attributes).length > 0) value.attributes = { ...event.attributes };
  return value;
}

export function stanceValue(stance: StanceAnnotation, entities: readonly EntitySpan[]): StanceValue {
  const entity = stance.targetEntity ? entities.find((e) => e.id === stance.targetEntity) : undefined;
  return { target: stance.target, label: stance.label, entity: entity ? { start: entity.start, end: entity.end, label: entity.label } : null };
}

interface Collected<V> {
  key: string;
  value: V;
  annotators: string[];
  inGold: boolean;
  group: string;
}

/** Variants in first-seen order, each with its annotators; an annotator counts once per variant. */
function collect<V>(
  versions: readonly ReviewVersion[],
  items: (layers: AgreementLayers) => Iterable<{ key: string; value: V; group: string }>,
): Map<string, Collected<V>> {
  const variants = new Map<string, Collected<V>>();
  for (const { annotator, layers } of versions) {
    for (const { key, value, group } of items(layers)) {
      const known = variants.get(key);
      if (!known) variants.set(key, { key, value, annotators: [annotator], inGold: false, group });
      else if (!known.annotators.includes(annotator)) known.annotators.push(annotator);
    }
  }
  return variants;
}

function overlaps(a: SpanValue, b: SpanValue): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Two spans are versions of the same thing when they have the same offsets, or overlap under one label. */
function related(a: SpanValue, b: SpanValue): boolean {
  return (a.start === b.start && a.end === b.end) || (a.label === b.label && overlaps(a, b));
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i] as number] as number;
    i = parent[i] as number;
  }
  return i;
}

/** Groups the annotators' spans: union of related pairs, found by a sweep over spans sorted by start. */
function groupSpans(variants: Collected<SpanValue>[]): void {
  const order = variants.map((_, i) => i).sort((x, y) => (variants[x] as Collected<SpanValue>).value.start - (variants[y] as Collected<SpanValue>).value.start);
  const parent = variants.map((_, i) => i);
  let active: number[] = [];
  for (const i of order) {
    const span = (variants[i] as Collected<SpanValue>).value;
    active = active.filter((j) => (variants[j] as Collected<SpanValue>).value.end > span.start);
    for (const j of active) if (related(span, (variants[j] as Collected<SpanValue>).value)) parent[find(parent, i)] = find(parent, j);
    active.push(i);
  }
  variants.forEach((variant, i) => {
    variant.group = (variants[find(parent, i)] as Collected<SpanValue>).key;
  });
}

function byIndexOf(annotators: readonly string[]) {
  const rank = new Map(annotators.map((name, i) => [name, i]));
  return <V>(a: Collected<V>, b: Collected<V>) =>
    b.annotators.length - a.annotators.length ||
    (rank.get(a.annotators[0] as string) ?? Infinity) - (rank.get(b.annotators[0] as string) ?? Infinity) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function kindOf<V>(shared: readonly Collected<V>[], present: number, disagreement: (shared: readonly Collected<V>[]) => ItemKind): ItemKind {
  if (shared.length === 0) return 'gold-only';
  if (shared.every((variant) => variant.annotators.length === present)) return 'agreed';
  return shared.length === 1 ? 'missing' : disagreement(shared);
}

const LAYER_ORDER: Record<ItemLayer, number> = { entity: 0, event: 1, stance: 2 };

/**
 * Every entity span, event and stance entry of the versions and of gold, grouped
 * into items and classified (see ItemKind). Versions that do not count as an
 * annotation of the document (isAnnotated) are left out, so an annotator who
 * never opened it does not make everything "missing". Items are in text order,
 * document-level ones last.
 */
export function reviewItems(allVersions: readonly ReviewVersion[], gold: GoldLayers | null): ReviewItem[] {
  const versions = allVersions.filter((version) => isAnnotated(version.layers));
  const names = versions.map((version) => version.annotator);
  const present = names.length;
  const order = byIndexOf(names);
  const items: ReviewItem[] = [];
  const lacking = (shared: readonly { annotators: string[] }[]) => names.filter((name) => !shared.some((variant) => variant.annotators.includes(name)));

  const finish = <V>(
    layer: ItemLayer,
    groups: Map<string, Collected<V>[]>,
    range: (variants: readonly Collected<V>[]) => ReviewItem['range'],
    disagreement: (shared: readonly Collected<V>[]) => ItemKind,
  ) => {
    for (const [group, members] of groups) {
      const shared = members.filter((variant) => variant.annotators.length > 0).sort(order);
      const goldOnly = members.filter((variant) => variant.annotators.length === 0);
      const variants = [...shared, ...goldOnly];
      items.push({
        id: `${layer}:${shared.length > 0 ? (shared[0] as Collected<V>).key : `gold:${(goldOnly[0] as Collected<V>).key}`}`,
        layer,
        kind: kindOf(shared, present, disagreement),
        range: range(variants),
        variants: variants.map(({ key, value, annotators, inGold }) => ({ layer, key, value, annotators, inGold }) as Variant),
        lacking: lacking(shared),
        groupKey: group,
      });
    }
  };
  const groupBy = <V>(variants: Iterable<Collected<V>>) => {
    const groups = new Map<string, Collected<V>[]>();
    for (const variant of variants) {
      const list = groups.get(variant.group);
      if (list) list.push(variant);
      else groups.set(variant.group, [variant]);
    }
    return groups;
  };

  // Entities.
  const spans = collect<SpanValue>(versions, (layers) =>
    layers.entities.map((e) => {
      const value = { start: e.start, end: e.end, label: e.label };
      return { key: spanKey(value), value, group: '' };
    }),
  );
  const spanList = [...spans.values()];
  groupSpans(spanList);
  for (const entity of gold?.entities ?? []) {
    const value = { start: entity.start, end: entity.end, label: entity.label };
    const key = spanKey(value);
    const known = spans.get(key);
    if (known) {
      known.inGold = true;
      continue;
    }
    const near = spanList.find((variant) => variant.annotators.length > 0 && related(value, variant.value));
    const added = { key, value, annotators: [], inGold: true, group: near ? near.group : `gold:${key}` };
    spans.set(key, added);
    spanList.push(added);
  }
  finish(
    'entity',
    groupBy(spanList),
    (variants) => ({ start: Math.min(...variants.map((v) => v.value.start)), end: Math.max(...variants.map((v) => v.value.end)) }),
    (shared) => (shared.some((a, i) => shared.some((b, j) => i !== j && a.value.start === b.value.start && a.value.end === b.value.end)) ? 'label' : 'boundary'),
  );

  // Events, grouped by trigger.
  const eventsOf = (layers: GoldLayers | AgreementLayers) =>
    layers.events.map((event) => {
      const value = eventValue(event, layers.entities);
      return { key: eventKey(value), value, group: triggerKey(value) };
    });
  const events = collect<EventValue>(versions, eventsOf);
  for (const { key, value, group } of gold ? eventsOf(gold) : []) {
    const known = events.get(key);
    if (known) known.inGold = true;
    else events.set(key, { key, value, annotators: [], inGold: true, group });
  }
  finish(
    'event',
    groupBy(events.values()),
    (variants) => (variants[0] as Collected<EventValue>).value.trigger,
    (shared) => (new Set(shared.map((variant) => variant.value.type)).size > 1 ? 'event-type' : 'argument'),
  );

  // Stance, grouped by target.
  const stanceOf = (layers: GoldLayers | AgreementLayers) => {
    const seen = new Set<string>();
    const list: { key: string; value: StanceValue; group: string }[] = [];
    for (const stance of layers.stance) {
      const group = stanceTargetKey(stance.target);
      // One label per target, the first, as agreement counts it.
      if (seen.has(group)) continue;
      seen.add(group);
      list.push({ key: JSON.stringify([group, stance.label]), value: stanceValue(stance, layers.entities), group });
    }
    return list;
  };
  const stances = collect<StanceValue>(versions, stanceOf);
  for (const { key, value, group } of gold ? stanceOf(gold) : []) {
    const known = stances.get(key);
    if (known) known.inGold = true;
    else stances.set(key, { key, value, annotators: [], inGold: true, group });
  }
  finish(
    'stance',
    groupBy(stances.values()),
    (variants) => {
      const entity = variants.find((v) => v.value.entity)?.value.entity;
      return entity ? { start: entity.start, end: entity.end } : null;
    },
    () => 'stance',
  );

  return items.sort(
    (a, b) =>
      (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity) ||
      LAYER_ORDER[a.layer] - LAYER_ORDER[b.layer] ||
      (b.range?.end ?? 0) - (a.range?.end ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
