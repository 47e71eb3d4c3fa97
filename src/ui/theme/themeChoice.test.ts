import { describe, expect, it } from 'vitest';
import { parseThemeChoice, resolveTheme, THEME_CHOICES } from './themeChoice.ts';

describe('theme choice', () => {
  it('reads a stored choice, and anything else as System', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('light')).toBe('light');
    for (const stored of [null, undefined, '', 'system', 'Dark', 'sepia']) expect(parseThemeChoice(stored)).toBe('system');
  });

  it('follows the system only when System is chosen', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    for (const systemDark of [true, false]) {
      expect(resolveTheme('light', systemDark)).toBe('light');
      expect(resolveTheme('dark', systemDark)).toBe('dark');
    }
    expect(THEME_CHOICES).toEqual(['system', 'light', 'dark']);
  });
});
