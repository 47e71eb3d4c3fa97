import type { AgreementInput } from '../../src/core/agreement/agreementInput.ts';
import { createCategoryIds } from '../../src/core/agreement/categoryIds.ts';
import { charUnits } from '../../src/core/agreement/charUnits.ts';
import { createPreparedEntities, type PreparedEntities } from '../../src/core/agreement/preparedEntities.ts';
import { createLabelSpanCounts, createSpanMatcher, emptySpanCounts } from '../../src/core/agreement/spanAgreement.ts';

/**
 * How much of agree_10k_3 is left once everything but the least any agreement must do is
 * stripped away: the least, measured, is the floor under the metric's ratio (bench/README.md).
 * Every document: its character units (char_kappa and char_alpha need them), every
 * annotator's spans read into columns with label id and unit edges (taken as sorted, as the
 * generated ones are), then per pair of annotators either a bare merge counting exact matches
 * (`spans: 'exact'`) or the app's span matcher (exact and overlap), and with `characters` a
 * walk of the pair's categories over the units. That walk skips what computeAgreement must
 * also do: spans that cross (it keeps the outermost), per-label sizes, char_alpha's tally,
 * events, stance, per-document scores and their order, the report.
 * Returns a checksum, so no part can be optimised away.
 */
const capacity = 64;

/**
 * Made once and kept, as computeAgreement keeps its scratch: made per call, V8's optimised
 * code for the loop would be tied to one call's matcher and ids and thrown away on the next.
 */
const kept = {
  ids: createCategoryIds(),
  matcher: createSpanMatcher(capacity),
  perLabel: createLabelSpanCounts(capacity),
  confusion: new Float64Array(capacity * capacity),
  prepared: [] as PreparedEntities[],
  segmentEnds: [] as Int32Array[],
  segmentCategories: [] as Int32Array[],
  unitBuffer: new Int32Array(1 << 16),
};

export function agreementFloor(input: AgreementInput, annotators: readonly string[], options: { spans: 'exact' | 'matcher'; characters: boolean }): number {
  const n = annotators.length;
  const { ids, matcher, perLabel, confusion, prepared, segmentEnds, segmentCategories } = kept;
  ids.reset();
  while (prepared.length < n) {
    prepared.push(createPreparedEntities(256));
    segmentEnds.push(new Int32Array(512));
    segmentCategories.push(new Int32Array(512));
  }
  const segmentCounts = new Int32Array(n);
  const totals = emptySpanCounts();
  let buffer = kept.unitBuffer;
  let checksum = 0;
  for (const doc of input.documents) {
    if (buffer.length <= doc.text.length) buffer = kept.unitBuffer = new Int32Array(2 * doc.text.length);
    const units = charUnits(doc.text, buffer);
    const unitsBefore = units.unitsBefore;
    for (let k = 0; k < n; k++) {
      const entities = doc.annotations.get(annotators[k] as string)?.entities ?? [];
      const columns = prepared[k]!;
      const { start, end, label, first, last } = columns;
      for (let i = 0; i < entities.length; i++) {
        const entity = entities[i]!;
        start[i] = entity.start;
        end[i] = entity.end;
        label[i] = ids.idOf(entity.label);
        first[i] = unitsBefore[entity.start]!;
        last[i] = unitsBefore[entity.end]!;
      }
      columns.count = entities.length;
      if (!options.characters) continue;
      const ends = segmentEnds[k]!;
      const categories = segmentCategories[k]!;
      let count = 0;
      let cursor = 0;
      for (let i = 0; i < columns.count; i++) {
        if (first[i]! < cursor || last[i]! <= first[i]!) continue;
        if (first[i]! > cursor) {
          ends[count] = first[i]!;
          categories[count++] = 0;
        }
        ends[count] = last[i]!;
        categories[count++] = label[i]!;
        cursor = last[i]!;
      }
      if (cursor < units.count) {
        ends[count] = units.count;
        categories[count++] = 0;
      }
      segmentCounts[k] = count;
    }
    if (ids.names.length > capacity) throw new Error(`agreementFloor: more than ${capacity} labels`);
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const A = prepared[a]!;
        const B = prepared[b]!;
        if (options.spans === 'matcher') matcher.tallyMatches(A, B, totals, perLabel);
        else {
          let i = 0;
          let j = 0;
          while (i < A.count && j < B.count) {
            const order = A.start[i]! - B.start[j]! || B.end[j]! - A.end[i]! || A.label[i]! - B.label[j]!;
            if (order === 0) {
              checksum++;
              i++;
              j++;
            } else if (order < 0) i++;
            else j++;
          }
        }
        if (!options.characters) continue;
        const endsA = segmentEnds[a]!;
        const endsB = segmentEnds[b]!;
        const categoriesA = segmentCategories[a]!;
        const categoriesB = segmentCategories[b]!;
        let i = 0;
        let j = 0;
        let from = 0;
        while (i < segmentCounts[a]! && j < segmentCounts[b]!) {
          const end = endsA[i]! < endsB[j]! ? endsA[i]! : endsB[j]!;
          confusion[categoriesA[i]! * capacity + categoriesB[j]!]! += end - from;
          if (categoriesA[i] === categoriesB[j]) checksum += end - from;
          if (endsA[i] === end) i++;
          if (endsB[j] === end) j++;
          from = end;
        }
      }
    }
    checksum += units.count;
  }
  return checksum + totals.exact.matchedA + totals.overlap.matchedB;
}
