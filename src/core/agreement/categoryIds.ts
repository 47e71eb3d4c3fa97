/** The category of a character unit that no entity covers. */
export const OUTSIDE_LABEL = 'O';

/**
 * Small integer ids for label names, so that tallies are arrays: 0 is
 * OUTSIDE_LABEL, the others follow in order of first use. An entity labelled
 * "O" counts as outside: one name, one category.
 */
export interface CategoryIds {
  readonly names: readonly string[];
  idOf(label: string): number;
}

const CACHE_SIZE = 256;

/** Ids that can start afresh: a caller that assigns ids over and over keeps one table and its lookup code. */
export interface CategoryTable extends CategoryIds {
  /** Forgets every label but OUTSIDE_LABEL. */
  reset(): void;
}

export function createCategoryIds(labels: Iterable<string> = []): CategoryTable {
  const names: string[] = [OUTSIDE_LABEL];
  const ids = new Map<string, number>([[OUTSIDE_LABEL, 0]]);
  // A direct-mapped cache in front of the map, keyed on a label's length and end
  // characters: labels read from IndexedDB are fresh strings, each of which the map
  // would hash before its first lookup, and agreement looks up every span's label.
  const cache = new Int32Array(CACHE_SIZE).fill(-1);
  const idOf = (label: string): number => {
    const length = label.length;
    const slot = length === 0 ? 0 : (length * 31 + label.charCodeAt(0) * 7 + label.charCodeAt(length - 1)) & (CACHE_SIZE - 1);
    const cached = cache[slot] as number;
    if (cached >= 0 && names[cached] === label) return cached;
    let id = ids.get(label);
    if (id === undefined) {
      id = names.length;
      names.push(label);
      ids.set(label, id);
    }
    cache[slot] = id;
    return id;
  };
  const reset = () => {
    names.length = 1;
    ids.clear();
    ids.set(OUTSIDE_LABEL, 0);
    cache.fill(-1);
  };
  for (const label of labels) idOf(label);
  return { names, idOf, reset };
}

/** Ids in label order: OUTSIDE_LABEL, then the distinct labels in code unit order, so id order is name order. */
export function sortedCategoryIds(labels: Iterable<string>): CategoryIds {
  const distinct = [...new Set(labels)].filter((label) => label !== OUTSIDE_LABEL);
  return createCategoryIds(distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}
