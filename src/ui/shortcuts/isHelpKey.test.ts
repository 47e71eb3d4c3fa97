import { describe, expect, it } from 'vitest';
import { isHelpKey, isTextEntry } from './isHelpKey.ts';

const press = (key: string, code: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  code,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isHelpKey', () => {
  it('accepts ? on a Latin layout and Shift+Slash on an Arabic one', () => {
    expect(isHelpKey(press('?', 'Slash', { shiftKey: true }))).toBe(true);
    expect(isHelpKey(press('؟', 'Slash', { shiftKey: true }))).toBe(true);
    expect(isHelpKey(press('ظ', 'Slash', { shiftKey: true }))).toBe(true);
  });
  it('refuses a plain slash and chords with Ctrl, Alt or Meta', () => {
    expect(isHelpKey(press('/', 'Slash'))).toBe(false);
    expect(isHelpKey(press('?', 'Slash', { shiftKey: true, ctrlKey: true }))).toBe(false);
    expect(isHelpKey(press('?', 'Slash', { shiftKey: true, altKey: true }))).toBe(false);
  });
});

describe('isTextEntry', () => {
  it('treats text inputs and text areas as typing, checkboxes and other elements not', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'text', isContentEditable: false } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'TEXTAREA', isContentEditable: false } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox', isContentEditable: false } as unknown as EventTarget)).toBe(false);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: false } as unknown as EventTarget)).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
