import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DARK_QUERY, parseThemeChoice, resolveTheme, THEME_STORAGE_KEY } from './themeChoice.ts';

const script = readFileSync(new URL('../../../public/theme.js', import.meta.url), 'utf8');

/** Runs public/theme.js as the page does, with a stored value and a system preference; returns the theme it sets. */
function runScript(stored: string | null, systemDark: boolean, storageThrows = false): string | undefined {
  const dataset: Record<string, string> = {};
  runInNewContext(script, {
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return key === THEME_STORAGE_KEY ? stored : null;
      },
    },
    matchMedia: (query: string) => ({ matches: query === DARK_QUERY && systemDark }),
    document: { documentElement: { dataset } },
  });
  return dataset.theme;
}

describe('public/theme.js, the script that applies the theme before the first paint', () => {
  it('resolves every stored value and system preference as the app does', () => {
    for (const stored of [null, 'system', 'light', 'dark', 'sepia']) {
      for (const systemDark of [false, true]) {
        expect(runScript(stored, systemDark), `${stored} ${systemDark}`).toBe(resolveTheme(parseThemeChoice(stored), systemDark));
      }
    }
  });

  it('follows the system when storage is refused', () => {
    expect(runScript('light', true, true)).toBe('dark');
  });
});
