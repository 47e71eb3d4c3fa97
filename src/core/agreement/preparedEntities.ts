import { isInsideSurrogatePair } from '../offsets/codePointOffsets.ts';
import type { CategoryIds } from './categoryIds.ts';
import type { CharUnits } from './charUnits.ts';
import type { LabelledSpan } from './spanAgreement.ts';

/**
 * One entity as every comparison reads it: UTF-16 offsets, the label as a
 * category id, and the character units it covers, [first, last).
 */
export interface PreparedEntity {
  start: number;
  end: number;
  label: number;
  first: number;
  last: number;
}

/** Order of prepared entities: start, end, then label id (label name order when ids are sorted). */
export function comparePrepared(a: { start: number; end: number; label: number }, b: typeof a): number {
  return a.start - b.start || b.end - a.end || a.label - b.label;
}

/**
 * One annotator's entities on one document, prepared once and sorted by
 * comparePrepared: the only sort a comparison needs. A span edge inside a
 * surrogate pair takes in the whole character. Offsets that are not integers
 * with 0 ≤ start ≤ end ≤ text length throw a RangeError: they are bugs, not data.
 */
export function prepareEntities(
  units: CharUnits,
  entities: readonly (LabelledSpan & { id?: string })[],
  ids: CategoryIds,
  /** A list to fill (its objects are reused), so a pass over many documents allocates once. */
  into?: PreparedEntity[],
): PreparedEntity[] {
  const { text, unitsBefore, astral } = units;
  const prepared = into ?? new Array<PreparedEntity>(entities.length);
  if (into) into.length = entities.length;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i] as LabelledSpan & { id?: string };
    let start = entity.start;
    let end = entity.end;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      throw new RangeError(`entity ${entity.id ?? i} has offsets ${start}..${end}, outside the text (0..${text.length})`);
    }
    // Only a text with astral characters has surrogate pairs to round out of.
    if (astral && isInsideSurrogatePair(text, start)) start--;
    if (astral && isInsideSurrogatePair(text, end)) end++;
    const label = ids.idOf(entity.label);
    const reused = into ? prepared[i] : undefined;
    if (reused) {
      reused.start = entity.start;
      reused.end = entity.end;
      reused.label = label;
      reused.first = unitsBefore[start] as number;
      reused.last = unitsBefore[end] as number;
    } else prepared[i] = { start: entity.start, end: entity.end, label, first: unitsBefore[start] as number, last: unitsBefore[end] as number };
  }
  // Stored spans are in document order (start, longer first) already: sort only when not.
  for (let i = 1; i < prepared.length; i++) {
    if (comparePrepared(prepared[i - 1] as PreparedEntity, prepared[i] as PreparedEntity) > 0) return prepared.sort(comparePrepared);
  }
  return prepared;
}
