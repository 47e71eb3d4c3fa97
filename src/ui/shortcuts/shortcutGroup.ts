/** One line of the shortcut sheet: the keys (each already a readable label, e.g. "Ctrl+Z") and what they do. */
export interface Shortcut {
  keys: string[];
  description: string;
  /** Shown before the description in its own colour, e.g. a label's swatch. */
  color?: string;
}

/** A titled block of the sheet, e.g. "Moving" or "Labels". */
export interface ShortcutGroup {
  id: string;
  title: string;
  shortcuts: Shortcut[];
  /** A sentence under the title, e.g. where hotkeys are changed. */
  note?: string;
}
