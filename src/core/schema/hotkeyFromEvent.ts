/** Keys that only modify others: pressing one alone while capturing a hotkey is not a choice. */
const MODIFIER_CODES = new Set([
  'ShiftLeft',
  'ShiftRight',
  'ControlLeft',
  'ControlRight',
  'AltLeft',
  'AltRight',
  'MetaLeft',
  'MetaRight',
  'OSLeft',
  'OSRight',
  'CapsLock',
  'Fn',
  'FnLock',
]);

export function isModifierCode(code: string): boolean {
  return MODIFIER_CODES.has(code);
}

/**
 * The hotkey a key press asks for: its physical key, so the choice holds on Arabic and Latin
 * layouts alike. Null when a modifier is held (those combinations belong to the browser and
 * the OS) or when only a modifier was pressed. Shift is not counted: it does not change `code`.
 */
export function hotkeyFromEvent(event: { code: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (!event.code || event.code === 'Unidentified' || isModifierCode(event.code)) return null;
  return event.code;
}
