export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Read, before the first paint, by public/theme.js too: a rename must be made there as well. */
export const THEME_STORAGE_KEY = 'tawsim.theme';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** A stored value as a choice: anything else (nothing stored, an old value) is System. */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** Kept in localStorage, like the language, so it applies before the database opens. */
export function initialThemeChoice(): ThemeChoice {
  return parseThemeChoice(globalThis.localStorage?.getItem(THEME_STORAGE_KEY));
}

export function rememberThemeChoice(choice: ThemeChoice): void {
  if (choice === 'system') globalThis.localStorage?.removeItem(THEME_STORAGE_KEY);
  else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, choice);
}

/** theme.css and the highlight rules key on this attribute; color-scheme follows it there. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
