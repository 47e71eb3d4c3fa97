import type { HistoryStep } from '../../../core/annotate/editHistory.ts';
import { idNumber, isReadableIdNumber, newSpanId } from '../../../core/annotate/spanId.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';

/** The ids a history step mentions: a span's, or those of the events it would put back. */
function stepIds(step: HistoryStep): string[] {
  if (step.op === 'add') return [step.span.id];
  if (step.op === 'events') return step.events.map((event) => event.id);
  if (step.op === 'stance' || step.op === 'decisions') return [];
  if (step.op === 'batch') return step.edits.flatMap(stepIds);
  if (step.op === 'compound') return step.steps.flatMap(stepIds);
  return [step.id];
}

/**
 * The highest e<n> number a record has used, cached by its layers: a keystroke that adds a
 * span reads it twice from the same record (the id it proposes, then the check that the id
 * is free), and records are never changed in place, only copied. Keyed by the entities array
 * and checked against the events and history, so that the record a write reads back, which
 * the query shares with the one shown (shareAnnotationRecord) but for its revision, finds it too.
 */
interface HighestId {
  events: AnnotationRecord['events'];
  history: AnnotationRecord['history'];
  highest: number;
}

const highestIds = new WeakMap<AnnotationRecord['entities'], HighestId>();

function cachedHighest(record: AnnotationRecord): number | undefined {
  const entry = highestIds.get(record.entities);
  return entry && entry.events === record.events && entry.history === record.history ? entry.highest : undefined;
}

function rememberHighest(record: AnnotationRecord, highest: number): void {
  highestIds.set(record.entities, { events: record.events, history: record.history, highest });
}

function highestIdNumber(record: AnnotationRecord): number {
  const cached = cachedHighest(record);
  if (cached !== undefined) return cached;
  let highest = 0;
  for (const span of record.entities) highest = Math.max(highest, idNumber(span.id));
  for (const event of record.events) highest = Math.max(highest, idNumber(event.id));
  for (const steps of [record.history?.undo ?? [], record.history?.redo ?? []]) {
    for (const step of steps) for (const id of stepIds(step)) highest = Math.max(highest, idNumber(id));
  }
  rememberHighest(record, highest);
  return highest;
}

/**
 * Tells the cache that `after` was made from `before` by a command that can have added
 * only the ids `added` (and, for a span whose id was taken, nextSpanId's), so that the
 * next keystroke on a set of thousands of spans need not read every id again. The number
 * carried is a bound, not always the highest in use: ids the history has since let go of
 * stay counted. That is all nextSpanId and isUsedId ask of it: every id above it is free.
 */
export function carryHighestId(before: AnnotationRecord, after: AnnotationRecord, added: readonly string[]): void {
  const cached = cachedHighest(before);
  if (cached === undefined || !isReadableIdNumber(cached + 1)) return;
  let highest = added.length > 0 ? cached + 1 : cached;
  for (const id of added) highest = Math.max(highest, idNumber(id));
  rememberHighest(after, highest);
}

/** usedSpanIds(record).includes(id), without listing them all on every edit. */
export function isUsedId(record: AnnotationRecord, id: string): boolean {
  // An id numbered above every id in use is free: equal ids have equal numbers.
  if (idNumber(id) > highestIdNumber(record)) return false;
  const history = record.history;
  return (
    record.entities.some((s) => s.id === id) ||
    record.events.some((e) => e.id === id) ||
    [history?.undo ?? [], history?.redo ?? []].some((steps) => steps.some((step) => stepIds(step).includes(id)))
  );
}

/** Every id the set has used, including those only its undo history remembers, so none is reused. */
export function usedSpanIds(record: AnnotationRecord): string[] {
  const history = [...(record.history?.undo ?? []), ...(record.history?.redo ?? [])];
  return [
    ...record.entities.map((s) => s.id),
    ...record.events.map((e) => e.id),
    ...history.flatMap(stepIds),
  ];
}

/** `count` ids none of which the set has used, in order (e12, e13, …): for spans added together. */
export function freshSpanIds(record: AnnotationRecord, count: number): string[] {
  const first = idNumber(nextSpanId(record));
  if (first > 0 && isReadableIdNumber(first + count)) return Array.from({ length: count }, (_, i) => `e${first + i}`);
  const used = usedSpanIds(record);
  return Array.from({ length: count }, () => {
    const id = newSpanId(used);
    used.push(id);
    return id;
  });
}

/** newSpanId(usedSpanIds(record)), without listing the ids: it runs on every new span of sets with thousands. */
export function nextSpanId(record: AnnotationRecord): string {
  const highest = highestIdNumber(record);
  return isReadableIdNumber(highest + 1) ? `e${highest + 1}` : newSpanId(usedSpanIds(record));
}
