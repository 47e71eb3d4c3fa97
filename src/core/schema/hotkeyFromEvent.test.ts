import { describe, expect, it } from 'vitest';
import { hotkeyFromEvent } from './hotkeyFromEvent.ts';
import { hotkeyOwner } from './hotkeyOwner.ts';
import { defaultSchema } from './defaultSchema.ts';
import { isReservedKey } from './reservedKeys.ts';

const press = (code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  hotkeyFromEvent({ code, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('hotkeyFromEvent', () => {
  it('takes the physical key when no modifier is held', () => {
    // On an Arabic layout KeyG types "ل", but the code is the same.
    expect(press('KeyG')).toBe('KeyG');
    expect(press('Digit3')).toBe('Digit3');
  });

  it('refuses combinations with Ctrl, Cmd or Alt, and lone modifiers', () => {
    expect(press('KeyG', { ctrlKey: true })).toBeNull();
    expect(press('KeyG', { metaKey: true })).toBeNull();
    expect(press('KeyG', { altKey: true })).toBeNull();
    expect(press('ShiftLeft')).toBeNull();
    expect(press('')).toBeNull();
  });
});

describe('hotkeyOwner', () => {
  it('finds which label a key triggers', () => {
    const schema = defaultSchema();
    expect(hotkeyOwner(schema, 'KeyG')).toEqual({ section: 'entities', tag: 'GPE' });
    expect(hotkeyOwner(schema, 'Digit2')).toEqual({ section: 'stanceLabels', tag: 'against' });
    expect(hotkeyOwner(schema, 'KeyV')).toBeNull();
  });
});

describe('reserved keys', () => {
  it('keeps undo, help and the editing keys for the annotation screen', () => {
    for (const code of ['KeyZ', 'Delete', 'Backspace', 'Enter', 'Escape', 'Tab', 'Space', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Slash', 'F6']) {
      expect(isReservedKey(code), code).toBe(true);
    }
    expect(isReservedKey('KeyG')).toBe(false);
  });
});
