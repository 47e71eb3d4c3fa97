import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { catalogues, directionOf, formatMessage, initialLocale, messageFormats, rememberLocale, type Locale } from './locale.ts';
import type { MessageKey } from './messagesEn.ts';

export interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);

/** Sets lang and dir on <html> so the whole interface mirrors, and feeds react-aria the same locale. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }, [locale]);

  const value = useMemo<LocaleContextValue>(() => {
    const catalogue = catalogues[locale];
    const formats = messageFormats(locale);
    return { locale, setLocale, t: (key, values) => formatMessage(catalogue[key], values, formats) };
  }, [locale, setLocale]);

  return (
    <LocaleContext.Provider value={value}>
      <I18nProvider locale={locale === 'ar' ? 'ar-MA' : 'en-GB'}>{children}</I18nProvider>
    </LocaleContext.Provider>
  );
}
