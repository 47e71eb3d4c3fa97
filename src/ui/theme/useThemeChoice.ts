import { useCallback, useEffect, useState } from 'react';
import { applyTheme, DARK_QUERY, initialThemeChoice, rememberThemeChoice, resolveTheme, type ThemeChoice } from './themeChoice.ts';

/**
 * The theme choice, remembered, and applied to the page: on System, again whenever the
 * system switches. public/theme.js has applied it before the first paint already.
 */
export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(initialThemeChoice);
  useEffect(() => {
    const system = matchMedia(DARK_QUERY);
    const apply = () => applyTheme(resolveTheme(choice, system.matches));
    apply();
    if (choice !== 'system') return;
    system.addEventListener('change', apply);
    return () => system.removeEventListener('change', apply);
  }, [choice]);
  const choose = useCallback((next: ThemeChoice) => {
    rememberThemeChoice(next);
    setChoice(next);
  }, []);
  return [choice, choose];
}
