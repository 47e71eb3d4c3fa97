import type { EntitySpan } from '../core/model/annotation.ts';

/**
 * An annotation set's entity spans as IndexedDB stores them: columns of typed arrays
 * and two strings instead of one object per span. The browser clones a typed array as
 * one block of bytes, so reading or writing a set of thousands of spans (every edit
 * does both) costs a fraction of what thousands of small objects cost.
 */
export interface PackedSpans {
  /** Every span's id, one after another. */
  ids: string;
  /** Where each span's id ends in `ids` (its start is the previous span's end). */
  idEnds: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Each distinct label once, in order of first use. */
  labels: string[];
  /** Index into `labels` of each span's label. */
  labelOf: Int32Array;
}

export function packSpans(spans: readonly EntitySpan[]): PackedSpans {
  const n = spans.length;
  const idEnds = new Int32Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const labelOf = new Int32Array(n);
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const ids: string[] = [];
  let idLength = 0;
  for (let i = 0; i < n; i++) {
    const span = spans[i]!;
    ids.push(span.id);
    idLength += span.id.length;
    idEnds[i] = idLength;
    starts[i] = span.start;
    ends[i] = span.end;
    let label = labelIndex.get(span.label);
    if (label === undefined) {
      label = labels.length;
      labels.push(span.label);
      labelIndex.set(span.label, label);
    }
    labelOf[i] = label;
  }
  return { ids: ids.join(''), idEnds, starts, ends, labels, labelOf };
}

export function unpackSpans(packed: PackedSpans): EntitySpan[] {
  const { ids, idEnds, starts, ends, labels, labelOf } = packed;
  const spans: EntitySpan[] = new Array(starts.length);
  let idStart = 0;
  for (let i = 0; i < starts.length; i++) {
    const idEnd = idEnds[i]!;
    spans[i] = { id: ids.slice(idStart, idEnd), start: starts[i]!, end: ends[i]!, label: labels[labelOf[i]!]! };
    idStart = idEnd;
  }
  return spans;
}
