import { describe, expect, it } from 'vitest';
import { arrowKeyToLogical } from './caretMovement.ts';
import { directionAt } from './directionAt.ts';
import { textBlocks } from './textBlocks.ts';

describe('directionAt', () => {
  it('is the direction of the paragraph holding the offset, which turns the arrow keys', () => {
    const text = 'قال الوزير\nThe minister said\nAFP - قال';
    const blocks = textBlocks(text);
    expect([0, 5, 12, 25, text.length].map((offset) => directionAt(text, blocks, offset))).toEqual(['rtl', 'rtl', 'ltr', 'ltr', 'rtl']);
    expect(arrowKeyToLogical('ArrowLeft', directionAt(text, blocks, 0))).toBe('forward');
    expect(arrowKeyToLogical('ArrowLeft', directionAt(text, blocks, 12))).toBe('backward');
  });
});
