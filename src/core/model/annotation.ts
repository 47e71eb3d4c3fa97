/**
 * Stand-off annotations. Offsets here are UTF-16 code units into the document text
 * (what the browser uses); exporters convert them to code points.
 */

export const DOCUMENT_STATUSES = ['new', 'in_progress', 'done'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** The reserved annotator name under which the adjudicated version is kept. */
export const GOLD_ANNOTATOR = 'gold';

/**
 * The reserved annotator under which pre-annotations from imports are kept. Each
 * annotator accepts or rejects them into their own set; the leading "~" cannot start
 * a person's name.
 */
export const SUGGESTION_ANNOTATOR = '~suggestions';

/** What an annotator decided about a suggested span, keyed by suggestionKey. */
export type SuggestionDecision = 'accepted' | 'rejected';

export function suggestionKey(span: { start: number; end: number; label: string }): string {
  return `${span.start}:${span.end}:${span.label}`;
}

/** The key of a decision on a suggested stance: its target's text and its label (JSON, so no separator can be forged). */
export function stanceSuggestionKey(stance: { target: string; label: string }): string {
  return `stance:${JSON.stringify([stance.target, stance.label])}`;
}

export interface EntitySpan {
  id: string;
  start: number;
  end: number;
  label: string;
}

export interface EventArgument {
  role: string;
  /** Id of an EntitySpan of the same annotation set. */
  entity: string;
}

export interface EventAnnotation {
  id: string;
  type: string;
  /** Null for a document-level event label. */
  trigger: { start: number; end: number } | null;
  arguments: EventArgument[];
  attributes?: Partial<Record<'polarity' | 'tense' | 'genericity' | 'modality', string>>;
}

export interface StanceAnnotation {
  id: string;
  /** Free-text target, or the surface text of the entity target. */
  target: string;
  /** Id of an EntitySpan when the target is an entity of the document. */
  targetEntity: string | null;
  label: string;
}

/** One annotator's work on one document. Nobody writes another annotator's set. */
export interface AnnotationSet {
  docId: string;
  annotator: string;
  status: DocumentStatus;
  entities: EntitySpan[];
  events: EventAnnotation[];
  stance: StanceAnnotation[];
  /** Decisions on the suggested spans and stances of the document, by suggestionKey and stanceSuggestionKey. */
  decisions?: Record<string, SuggestionDecision>;
}
