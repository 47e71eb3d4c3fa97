/** Keys of the document review, by KeyboardEvent.code so they work on Arabic layouts too. */
export type ReviewAction =
  | { type: 'accept'; variant: number }
  | { type: 'remove' }
  | { type: 'next-item' }
  | { type: 'previous-item' }
  | { type: 'accept-agreed' }
  | { type: 'toggle-done' }
  | { type: 'next-document' }
  | { type: 'previous-document' };

export interface KeyInput {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function reviewAction(event: KeyInput): ReviewAction | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && event.code === 'Enter') return { type: 'toggle-done' };
  if (event.altKey && !mod && event.code === 'ArrowDown') return { type: 'next-document' };
  if (event.altKey && !mod && event.code === 'ArrowUp') return { type: 'previous-document' };
  if (mod || event.altKey) return null;
  if (event.shiftKey) return event.code === 'KeyA' ? { type: 'accept-agreed' } : null;
  switch (event.code) {
    case 'KeyA':
      return { type: 'accept', variant: 0 };
    case 'KeyR':
    case 'Delete':
    case 'Backspace':
      return { type: 'remove' };
    case 'KeyJ':
      return { type: 'next-item' };
    case 'KeyK':
      return { type: 'previous-item' };
  }
  // 1–9 accept that variant of the item (1 is the one most annotators share).
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return digit ? { type: 'accept', variant: Number(digit[1]) - 1 } : null;
}
