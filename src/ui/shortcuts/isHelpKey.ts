/**
 * Whether a key press asks for the shortcut sheet: `?`, which is Shift+Slash on a Latin
 * layout. On an Arabic layout the same physical key types `؟` (or nothing printable), so
 * the physical code is checked as well as the character.
 */
export function isHelpKey(event: { key: string; code: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key === '?' || event.key === '؟') return true;
  return event.code === 'Slash' && event.shiftKey;
}

/** Fields where `?` is text being typed, not a request for help. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'range'].includes(type);
}
