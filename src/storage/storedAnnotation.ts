import { packSpans, unpackSpans } from './packedSpans.ts';
import type { AnnotationRecord, StoredAnnotationRecord } from './tawsimSchema.ts';

export function toStoredAnnotation(record: AnnotationRecord): StoredAnnotationRecord {
  const { entities, ...rest } = record;
  return { ...rest, spans: packSpans(entities) };
}

export function fromStoredAnnotation(stored: StoredAnnotationRecord): AnnotationRecord {
  const { spans, ...rest } = stored;
  return { ...rest, entities: unpackSpans(spans) };
}

export function fromStoredAnnotations(stored: readonly StoredAnnotationRecord[]): AnnotationRecord[] {
  return stored.map(fromStoredAnnotation);
}
