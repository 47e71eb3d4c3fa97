import type { EventAnnotation } from '../model/annotation.ts';
import type { TextRange } from '../annotate/textRange.ts';

/**
 * What the review compares: values, never ids, since two annotators' ids for
 * the same span need not agree. Offsets are UTF-16, as everywhere in the app.
 */
export interface SpanValue {
  start: number;
  end: number;
  label: string;
}

export interface ArgumentValue {
  role: string;
  span: SpanValue;
}

export interface EventValue {
  type: string;
  /** Null for a document-level event. */
  trigger: TextRange | null;
  /** Sorted by role, then span. */
  arguments: ArgumentValue[];
  attributes?: EventAnnotation['attributes'];
}

export interface StanceValue {
  /** The target as written (for an entity target, its surface text). */
  target: string;
  label: string;
  /** The span of the entity the stance is about, when it is one. */
  entity: SpanValue | null;
}

/**
 * What a reviewer sees about one item:
 * - agreed: every annotator of the document has it, alike;
 * - missing: some annotators have it, the others nothing in its place;
 * - boundary: overlapping spans of one label with different offsets;
 * - label: the same offsets under different labels;
 * - event-type: events on the same trigger with different types;
 * - argument: same trigger and type, different arguments;
 * - stance: the same target with different stance labels;
 * - gold-only: only the gold version has it (the reviewer's own edit).
 */
export type ItemKind = 'agreed' | 'missing' | 'boundary' | 'label' | 'event-type' | 'argument' | 'stance' | 'gold-only';

interface VariantBase {
  /** Equal keys, equal values: how versions are matched. */
  key: string;
  /** The compared annotators who have this variant, in their given order. */
  annotators: string[];
  /** Whether gold holds this variant. */
  inGold: boolean;
}

export type Variant =
  | (VariantBase & { layer: 'entity'; value: SpanValue })
  | (VariantBase & { layer: 'event'; value: EventValue })
  | (VariantBase & { layer: 'stance'; value: StanceValue });

export type ItemLayer = Variant['layer'];

/** One place where versions are compared: a group of variants of the same thing. */
export interface ReviewItem {
  /** Stable while the annotators' versions stay the same (gold changes keep it). */
  id: string;
  layer: ItemLayer;
  kind: ItemKind;
  /** Where it is in the text; null for a document-level event or a free-text stance target. */
  range: TextRange | null;
  /** The annotators' variants, most shared first, then the variants only gold has. */
  variants: Variant[];
  /** Compared annotators of the document who have none of the variants. */
  lacking: string[];
  /** For stance: the target's key; for events: the trigger's key. Gold edits find the item's gold part by it. */
  groupKey: string;
}
