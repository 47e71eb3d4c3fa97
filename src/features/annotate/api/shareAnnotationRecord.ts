import { replaceEqualDeep } from '@tanstack/react-query';
import type { EntitySpan } from '../../../core/model/annotation.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';

/**
 * Structural sharing for the annotation query: the new record keeps the previous one's
 * objects wherever they are unchanged, spans matched by id. TanStack's default compares
 * arrays index by index, so one span inserted before the others would make every later
 * span a new object; matched by id, an edit changes only the spans it touched (the view
 * redraws by identity), and a record read back equal after a write is the previous one.
 */
export function shareAnnotationRecord(previous: AnnotationRecord | undefined, next: AnnotationRecord): AnnotationRecord {
  if (!previous || previous === next) return next;
  const { entities: previousEntities, ...previousRest } = previous;
  const { entities: nextEntities, ...nextRest } = next;
  const entities = shareSpans(previousEntities, nextEntities);
  const rest = replaceEqualDeep(previousRest, nextRest);
  return entities === previousEntities && rest === previousRest ? previous : { ...rest, entities };
}

function shareSpans(previous: EntitySpan[], next: EntitySpan[]): EntitySpan[] {
  let byId: Map<string, EntitySpan> | null = null;
  let changed = previous.length !== next.length;
  const shared = next.map((span, i) => {
    if (span === previous[i]) return span;
    byId ??= new Map(previous.map((old) => [old.id, old]));
    const old = byId.get(span.id);
    const kept = old && replaceEqualDeep(old, span) === old ? old : span;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? shared : previous;
}
