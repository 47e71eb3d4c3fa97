/** Keys of the annotation screen, by KeyboardEvent.code so they work on Arabic layouts too. */
export type AnnotateAction =
  | { type: 'move'; key: 'ArrowLeft' | 'ArrowRight'; extend: boolean }
  /** Ctrl+Shift+arrow: the focused span's start edge (Shift+arrow moves its end). */
  | { type: 'move-start'; key: 'ArrowLeft' | 'ArrowRight' }
  | { type: 'edge'; edge: 'start' | 'end'; extend: boolean }
  | { type: 'label'; code: string }
  | { type: 'delete' }
  | { type: 'next-span' }
  | { type: 'previous-span' }
  | { type: 'open-menu' }
  | { type: 'new-event' }
  | { type: 'escape' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'toggle-done' }
  | { type: 'next-document' }
  | { type: 'previous-document' }
  | { type: 'toggle-guidelines' }
  | { type: 'find' }
  | { type: 'find-next' }
  | { type: 'find-previous' }
  /** F6: between the text and the side panel, as F6 goes between a window's panes. */
  | { type: 'switch-pane' };

export interface KeyInput {
  code: string;
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function annotateAction(event: KeyInput): AnnotateAction | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.code === 'KeyZ') return event.shiftKey ? { type: 'redo' } : { type: 'undo' };
  if (mod && event.code === 'KeyY') return { type: 'redo' };
  if (mod && event.code === 'Enter') return { type: 'toggle-done' };
  // The view shows only the paragraphs on screen, where the browser's find would look.
  if (mod && event.shiftKey && (event.code === 'ArrowLeft' || event.code === 'ArrowRight')) return { type: 'move-start', key: event.code };
  if (mod && event.code === 'KeyF') return { type: 'find' };
  if (mod && event.code === 'KeyG') return event.shiftKey ? { type: 'find-previous' } : { type: 'find-next' };
  if (event.altKey && event.code === 'ArrowDown') return { type: 'next-document' };
  if (event.altKey && event.code === 'ArrowUp') return { type: 'previous-document' };
  // Alt+G, not a bare letter: every bare letter may be some project's label hotkey.
  if (event.altKey && !mod && event.code === 'KeyG') return { type: 'toggle-guidelines' };
  if (mod || event.altKey) return null;
  if (event.code === 'F6') return { type: 'switch-pane' };
  switch (event.code) {
    case 'ArrowLeft':
    case 'ArrowRight':
      return { type: 'move', key: event.code, extend: event.shiftKey };
    case 'Home':
    case 'End':
      return { type: 'edge', edge: event.code === 'Home' ? 'start' : 'end', extend: event.shiftKey };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case 'Tab':
      return event.shiftKey ? { type: 'previous-span' } : { type: 'next-span' };
    case 'Enter':
    case 'NumpadEnter':
      return { type: 'open-menu' };
    case 'Escape':
      return { type: 'escape' };
    case 'KeyV':
      return event.shiftKey ? null : { type: 'new-event' };
    default:
      return event.shiftKey ? null : { type: 'label', code: event.code };
  }
}
