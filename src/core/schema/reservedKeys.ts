/**
 * Keys the annotation screen keeps for itself, as KeyboardEvent.code values.
 * No label may use them as its hotkey.
 */
export const RESERVED_KEYS: ReadonlyMap<string, string> = new Map([
  ['KeyZ', 'undo'],
  ['Delete', 'delete the span'],
  ['Backspace', 'delete the span'],
  ['Enter', 'confirm'],
  ['Escape', 'cancel'],
  ['Tab', 'move focus'],
  ['F6', 'move focus'],
  ['Space', 'select'],
  ['ArrowLeft', 'move the caret'],
  ['ArrowRight', 'move the caret'],
  ['ArrowUp', 'move the caret'],
  ['ArrowDown', 'move the caret'],
  ['Slash', 'help'],
  ['KeyV', 'new event'],
  ['Home', 'move the caret'],
  ['End', 'move the caret'],
]);

export function isReservedKey(code: string): boolean {
  return RESERVED_KEYS.has(code);
}
