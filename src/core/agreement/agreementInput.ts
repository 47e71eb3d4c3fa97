import type { AnnotationSet } from '../model/annotation.ts';

/**
 * What agreement reads of one annotator's work on one document. A whole
 * AnnotationSet fits. A set with status 'new' that holds nothing counts as not
 * annotated: an exported but untouched document is no vote for "no entities".
 */
export type AgreementLayers = Pick<AnnotationSet, 'entities' | 'events' | 'stance'> &
  Partial<Pick<AnnotationSet, 'status'>>;

/** One document with every annotator's version of it. Offsets are UTF-16, as in the app. */
export interface AgreementDocument {
  docId: string;
  text: string;
  /** Annotator name → that annotator's work; an annotator who did not annotate the document is absent. */
  annotations: ReadonlyMap<string, AgreementLayers>;
}

export interface AgreementInput {
  documents: readonly AgreementDocument[];
}

/** True when the layers count as an annotation of the document (see AgreementLayers). */
export function isAnnotated(layers: AgreementLayers | undefined): layers is AgreementLayers {
  if (layers === undefined) return false;
  // Entities first: agreement reads them next anyway, where the status string would be one more read from memory.
  return layers.entities.length > 0 || layers.status !== 'new' || layers.events.length > 0 || layers.stance.length > 0;
}
