import { textDirection } from '../text/textDirection.ts';
import { blockIndexAt, type TextBlock } from './textBlocks.ts';

/** The direction of the block (paragraph) holding `offset`, as the document view renders it, so arrow keys follow what the eye sees. */
export function directionAt(text: string, blocks: readonly TextBlock[], offset: number): 'rtl' | 'ltr' {
  const block = blocks[blockIndexAt(blocks, offset)];
  return block ? textDirection(text.slice(block.start, block.end)) : 'rtl';
}
