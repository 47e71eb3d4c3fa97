import { messagesAr } from './messagesAr.ts';
import { messagesEn, type MessageKey } from './messagesEn.ts';

export type Locale = 'en' | 'ar';

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en: messagesEn, ar: messagesAr };

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

const STORAGE_KEY = 'tawsim.locale';

/** The remembered choice, else the browser's language. Kept in localStorage so it applies before the database opens. */
export function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'ar' || saved === 'en') return saved;
  return globalThis.navigator?.language?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function rememberLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
}

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
export function formatMessage(
  template: string,
  values: Record<string, string | number> | undefined,
  numberFormat: Intl.NumberFormat,
): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}
