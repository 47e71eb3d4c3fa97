/** An entity over tokens: token indices, end exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  label: string;
}

/** A span read from a tag column; column 0 is the outermost level. */
export interface ColumnSpan extends TokenSpan {
  column: number;
}

const TAG = /^(?:O|[BI]-\S+)$/;

/** True for O, B-TYPE and I-TYPE: the tags conlleval reads. */
export function isBioTag(tag: string): boolean {
  return TAG.test(tag);
}

/**
 * BIO tags per token, one column per nesting level as in Wojood: spans are taken
 * outer first (by start, then longest), each into the lowest column free over all
 * its tokens. On the Wojood sample this gives back every column as written.
 * Trailing O columns of a token are left out; every token has at least one tag.
 */
export function encodeBioColumns(tokenCount: number, spans: readonly TokenSpan[]): string[][] {
  const order = spans.map((span, index) => ({ span, index }));
  order.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.index - b.index);
  const columns: (string | undefined)[][] = [];
  for (const { span } of order) {
    let column = 0;
    while (columns[column]?.slice(span.start, span.end).some((tag) => tag !== undefined)) column++;
    const tags = (columns[column] ??= new Array<string | undefined>(tokenCount).fill(undefined));
    for (let t = span.start; t < span.end; t++) tags[t] = `${t === span.start ? 'B' : 'I'}-${span.label}`;
  }
  return Array.from({ length: tokenCount }, (_, t) => {
    const tags = columns.map((column) => column[t] ?? 'O');
    while (tags.length > 1 && tags[tags.length - 1] === 'O') tags.pop();
    return tags.length === 0 ? ['O'] : tags;
  });
}

/**
 * Spans of BIO tag columns (tags[token][column], a missing column is O), read as
 * conlleval does: an I- tag that does not continue an entity of its type starts
 * one, and onOrphan hears of it. Sorted by start, longest first, then column.
 */
export function decodeBioColumns(
  tags: readonly (readonly string[])[],
  onOrphan: (token: number, column: number, tag: string) => void,
): ColumnSpan[] {
  const spans: ColumnSpan[] = [];
  const columnCount = Math.max(0, ...tags.map((tokenTags) => tokenTags.length));
  for (let column = 0; column < columnCount; column++) {
    let open: ColumnSpan | null = null;
    const close = (end: number) => {
      if (open !== null) spans.push({ ...open, end });
      open = null;
    };
    tags.forEach((tokenTags, t) => {
      const tag = tokenTags[column] ?? 'O';
      if (tag === 'O') return close(t);
      const label = tag.slice(2);
      if (tag.startsWith('I-') && open?.label === label) return;
      if (tag.startsWith('I-')) onOrphan(t, column, tag);
      close(t);
      open = { start: t, end: t + 1, label, column };
    });
    close(tags.length);
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || a.column - b.column);
}
