/**
 * Stand-off annotations. Offsets here are UTF-16 code units into the document text
 * (what the browser uses); exporters convert them to code points.
 */

export type DocumentStatus = 'new' | 'in_progress' | 'done';

/** The reserved annotator name under which the adjudicated version is kept. */
export const GOLD_ANNOTATOR = 'gold';

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
}
