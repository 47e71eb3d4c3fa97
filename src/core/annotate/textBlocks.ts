import { partitionPoint } from '../offsets/partitionPoint.ts';

/** A run of the text rendered as one block; offsets are UTF-16, end exclusive, newline excluded. */
export interface TextBlock {
  start: number;
  end: number;
}

/** Long enough for any news paragraph, short enough that a block's layout stays cheap. */
export const MAX_BLOCK_LENGTH = 4000;

/**
 * Cuts the text into paragraphs (one per line), so a long document can be rendered a
 * screenful at a time. A paragraph longer than `maxLength` is cut further at the last
 * sentence end or space before the limit, never inside a word or a surrogate pair.
 */
export function textBlocks(text: string, maxLength = MAX_BLOCK_LENGTH): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = lineStart;
    while (lineEnd - start > maxLength) {
      const cut = cutPoint(text, start, start + maxLength);
      blocks.push({ start, end: cut });
      start = cut;
    }
    blocks.push({ start, end: lineEnd });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return blocks;
}

function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('، '), window.lastIndexOf('؛ '), window.lastIndexOf('؟ '));
  if (sentence > window.length / 2) return from + sentence + 2;
  const space = window.lastIndexOf(' ');
  if (space > 0) return from + space + 1;
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/** Index of the block holding `offset` (a newline belongs to the block before it). */
export function blockIndexAt(blocks: readonly TextBlock[], offset: number): number {
  return Math.min(blocks.length - 1, partitionPoint(blocks, (block) => block.end < offset));
}
