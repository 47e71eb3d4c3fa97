import { useEffect } from 'react';
import { useT } from './i18n/useT.ts';

/**
 * The browser tab's title: what the screen shows, most particular first, then the app's
 * name ("وفد برلماني … · Demo: Arabic news · Tawsim"), so that tabs, the history and a
 * screen reader's announcement of the page tell the screens apart. Empty parts are left out.
 */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const t = useT();
  const title = [...parts.filter((part): part is string => !!part), t('app.name')].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
