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
  if (!previous || previous === next || editedFrom.get(next) === previous) return next;
  const { entities: previousEntities, ...previousRest } = previous;
  const { entities: nextEntities, ...nextRest } = next;
  const entities = shareSpans(previousEntities, nextEntities);
  const rest = replaceEqualDeep(previousRest, nextRest);
  return entities === previousEntities && rest === previousRest ? previous : { ...rest, entities };
}

/**
 * Records this tab made from the cached one by an edit: they already hold its objects
 * wherever the edit left them alone, so sharing would walk thousands of spans on every
 * keystroke to find nothing more.
 */
const editedFrom = new WeakMap<AnnotationRecord, AnnotationRecord>();

/** Marks `next` as made from `previous` by an edit: shareAnnotationRecord(previous, next) keeps it as it is. */
export function editedRecord(previous: AnnotationRecord, next: AnnotationRecord): AnnotationRecord {
  editedFrom.set(next, previous);
  return next;
}

/** Finds previous spans by id: a scan for the first few, a map once there are more. */
function spanFinder(previous: readonly EntitySpan[]): (id: string) => EntitySpan | undefined {
  let byId: Map<string, EntitySpan> | null = null;
  let scans = 0;
  return (id) => {
    if (!byId && ++scans > 4) byId = new Map(previous.map((old) => [old.id, old]));
    return byId ? byId.get(id) : previous.find((old) => old.id === id);
  };
}

/** Same fields with the same values: a span is flat, so no deep comparison (and no copies) per span. */
function sameSpan(a: EntitySpan, b: EntitySpan): boolean {
  let fields = 0;
  for (const key in a) {
    if (a[key as keyof EntitySpan] !== b[key as keyof EntitySpan]) return false;
    fields++;
  }
  for (const key in b) if (Object.hasOwn(b, key)) fields--;
  return fields === 0;
}

/**
 * Walks both lists together: an edit inserts, removes or replaces a span or two, so
 * nearly every span is the one at the current or the next position, by identity or (read
 * back from storage) by value; only the others are looked up by id.
 */
function shareSpans(previous: EntitySpan[], next: EntitySpan[]): EntitySpan[] {
  const find = spanFinder(previous);
  let changed = previous.length !== next.length;
  let j = 0;
  const shared = next.map((span, i) => {
    const here = previous[j];
    if (span === here) {
      j++;
      return span;
    }
    if (span === previous[j + 1]) {
      changed = true;
      j += 2;
      return span;
    }
    if (here && sameSpan(here, span)) {
      if (here !== previous[i]) changed = true;
      j++;
      return here;
    }
    const old = find(span.id);
    const kept = old && sameSpan(old, span) ? old : span;
    if (kept !== previous[i]) changed = true;
    if (kept === previous[j]) j++;
    return kept;
  });
  return changed ? shared : previous;
}
