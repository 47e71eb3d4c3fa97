import { describe, expect, it } from 'vitest';
import { annotateAction, type KeyInput } from './annotateKeys.ts';

const key = (code: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  code, key: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

describe('annotateAction', () => {
  it('reads undo and redo by physical key, so an Arabic layout works too', () => {
    expect(annotateAction(key('KeyZ', { ctrlKey: true, key: 'ئ' }))).toEqual({ type: 'undo' });
    expect(annotateAction(key('KeyZ', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(annotateAction(key('KeyY', { metaKey: true }))).toEqual({ type: 'redo' });
  });

  it('maps arrows, Shift, Tab, Enter, Delete and Escape', () => {
    expect(annotateAction(key('ArrowLeft', { shiftKey: true }))).toEqual({ type: 'move', key: 'ArrowLeft', extend: true });
    expect(annotateAction(key('Tab', { shiftKey: true }))).toEqual({ type: 'previous-span' });
    expect(annotateAction(key('Tab'))).toEqual({ type: 'next-span' });
    expect(annotateAction(key('F6'))).toEqual({ type: 'switch-pane' });
    expect(annotateAction(key('F6', { shiftKey: true }))).toEqual({ type: 'switch-pane' });
    expect(annotateAction(key('Enter'))).toEqual({ type: 'open-menu' });
    expect(annotateAction(key('Backspace'))).toEqual({ type: 'delete' });
    expect(annotateAction(key('Escape'))).toEqual({ type: 'escape' });
    expect(annotateAction(key('KeyV', { key: 'ر' }))).toEqual({ type: 'new-event' });
    expect(annotateAction(key('Home'))).toEqual({ type: 'edge', edge: 'start', extend: false });
    expect(annotateAction(key('End', { shiftKey: true }))).toEqual({ type: 'edge', edge: 'end', extend: true });
  });

  it('treats other unmodified keys as label hotkeys and leaves browser shortcuts alone', () => {
    expect(annotateAction(key('KeyG', { key: 'ل' }))).toEqual({ type: 'label', code: 'KeyG' });
    expect(annotateAction(key('KeyC', { ctrlKey: true }))).toBeNull();
    expect(annotateAction(key('ArrowDown', { altKey: true }))).toEqual({ type: 'next-document' });
    expect(annotateAction(key('Enter', { ctrlKey: true }))).toEqual({ type: 'toggle-done' });
  });

  it('toggles the guidelines with Alt+G and leaves a bare G to label hotkeys, and ? to the shortcut sheet', () => {
    expect(annotateAction(key('KeyG', { altKey: true }))).toEqual({ type: 'toggle-guidelines' });
    expect(annotateAction(key('KeyG'))).toEqual({ type: 'label', code: 'KeyG' });
    expect(annotateAction(key('Slash', { shiftKey: true, key: '?' }))).toBeNull();
  });

  it('takes Ctrl+F for find in the document, and Ctrl+G / Ctrl+Shift+G for the next and previous match', () => {
    expect(annotateAction(key('KeyF', { ctrlKey: true, key: 'ب' }))).toEqual({ type: 'find' });
    expect(annotateAction(key('KeyF', { metaKey: true }))).toEqual({ type: 'find' });
    expect(annotateAction(key('KeyG', { ctrlKey: true }))).toEqual({ type: 'find-next' });
    expect(annotateAction(key('KeyG', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'find-previous' });
    expect(annotateAction(key('KeyF'))).toEqual({ type: 'label', code: 'KeyF' });
  });

  it('reads Ctrl+Shift+arrows as moving a span\'s start edge', () => {
    expect(annotateAction(key('ArrowLeft', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'move-start', key: 'ArrowLeft' });
    expect(annotateAction(key('ArrowRight', { metaKey: true, shiftKey: true }))).toEqual({ type: 'move-start', key: 'ArrowRight' });
    expect(annotateAction(key('ArrowRight', { ctrlKey: true }))).toBeNull();
  });
});
