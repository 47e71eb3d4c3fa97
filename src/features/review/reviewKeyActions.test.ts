import { describe, expect, it } from 'vitest';
import { reviewAction } from './reviewKeyActions.ts';

const key = (code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) =>
  reviewAction({ code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('reviewAction', () => {
  it('maps the review keys by physical key', () => {
    expect(key('KeyA')).toEqual({ type: 'accept', variant: 0 });
    expect(key('Digit3')).toEqual({ type: 'accept', variant: 2 });
    expect(key('KeyR')).toEqual({ type: 'remove' });
    expect(key('Delete')).toEqual({ type: 'remove' });
    expect(key('KeyJ')).toEqual({ type: 'next-item' });
    expect(key('KeyK')).toEqual({ type: 'previous-item' });
    expect(key('KeyA', { shiftKey: true })).toEqual({ type: 'accept-agreed' });
    expect(key('Enter', { ctrlKey: true })).toEqual({ type: 'toggle-done' });
    expect(key('ArrowDown', { altKey: true })).toEqual({ type: 'next-document' });
    expect(key('ArrowUp', { altKey: true })).toEqual({ type: 'previous-document' });
  });

  it('leaves other keys, and browser shortcuts, alone', () => {
    expect(key('KeyA', { ctrlKey: true })).toBeNull();
    expect(key('ArrowDown')).toBeNull();
    expect(key('Digit0')).toBeNull();
    expect(key('KeyR', { shiftKey: true })).toBeNull();
  });
});
