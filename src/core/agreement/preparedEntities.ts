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
  return a.start - b.start || a.end - b.end || a.label - b.label;
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
): PreparedEntity[] {
  const { text, unitsBefore, offsets } = units;
  const prepared = new Array<PreparedEntity>(entities.length);
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i] as LabelledSpan & { id?: string };
    let start = entity.start;
    let end = entity.end;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      throw new RangeError(`entity ${entity.id ?? i} has offsets ${start}..${end}, outside the text (0..${text.length})`);
    }
    // Only a text with astral characters has surrogate pairs to round out of.
    if (offsets !== null && isInsideSurrogatePair(text, start)) start--;
    if (offsets !== null && isInsideSurrogatePair(text, end)) end++;
    prepared[i] = {
      start: entity.start,
      end: entity.end,
      label: ids.idOf(entity.label),
      first: unitsBefore[start] as number,
      last: unitsBefore[end] as number,
    };
  }
  return prepared.sort(comparePrepared);
}
