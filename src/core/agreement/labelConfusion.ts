import { createCategoryIds, sortedCategoryIds } from './categoryIds.ts';
import type { CategoryIds } from './categoryIds.ts';
import { addSegmentPairs, categorySegments, charUnits, matrixRows } from './charUnits.ts';
import { prepareEntities } from './preparedEntities.ts';
import type { LabelledSpan } from './spanAgreement.ts';

/**
 * A label confusion matrix over character units, for a heat map: counts[i][j]
 * is the number of units that A put in labels[i] and B in labels[j]. labels
 * starts with OUTSIDE_LABEL ("O"; an entity labelled "O" counts as outside),
 * then the entity labels in code unit order. The diagonal is agreement;
 * char_kappa is Cohen's kappa of this matrix.
 */
export interface LabelConfusion {
  labels: string[];
  counts: number[][];
}

/** Entity labels in code unit order, after OUTSIDE_LABEL: the axis order of every matrix. */
export function confusionLabels(labels: Iterable<string>): string[] {
  return [...sortedCategoryIds(labels).names];
}

/**
 * The confusion matrix of two annotators over the units of the given documents
 * (pooled). `labels` fixes the entity labels of the axes, after "O"
 * (default: every label used, as confusionLabels orders them); a span whose
 * label is not among them throws a RangeError.
 */
export function labelConfusion(
  documents: Iterable<{ text: string; a: readonly LabelledSpan[]; b: readonly LabelledSpan[] }>,
  labels?: readonly string[],
): LabelConfusion {
  const list = [...documents];
  const axis = labels ?? confusionLabels(list.flatMap(({ a, b }) => [...a, ...b].map((span) => span.label)));
  const categories = createCategoryIds(axis);
  const size = categories.names.length;
  const ids: CategoryIds = {
    names: categories.names,
    idOf(label) {
      const id = categories.idOf(label);
      if (id >= size) throw new RangeError(`label "${label}" is not on the confusion matrix axis`);
      return id;
    },
  };
  const counts = new Float64Array(size * size);
  for (const { text, a, b } of list) {
    const units = charUnits(text);
    const segmentsA = categorySegments(units, prepareEntities(units, a, ids), ids);
    addSegmentPairs(counts, size, segmentsA, categorySegments(units, prepareEntities(units, b, ids), ids));
  }
  return { labels: [...categories.names], counts: matrixRows(counts, size) };
}
