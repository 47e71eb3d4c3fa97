import { messagesAr } from './messagesAr.ts';
import { messagesEn, type MessageKey } from './messagesEn.ts';
import { pluralForm, type Message } from './pluralMessage.ts';

export type Locale = 'en' | 'ar';

export const catalogues: Record<Locale, Record<MessageKey, Message>> = { en: messagesEn, ar: messagesAr };

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

/** How a locale writes numbers and which plural form a count takes. */
export interface MessageFormats {
  number: Intl.NumberFormat;
  plural: Intl.PluralRules;
}

export function messageFormats(locale: Locale): MessageFormats {
  // ar-MA writes Latin digits, as Moroccan news does; its plural rules are Arabic's.
  return { number: new Intl.NumberFormat(locale === 'ar' ? 'ar-MA' : 'en'), plural: new Intl.PluralRules(locale) };
}

/** Picks the plural form for `{n}` (when the message has forms), then fills `{name}` placeholders; numbers are formatted for the locale. */
export function formatMessage(message: Message, values: Record<string, string | number> | undefined, formats: MessageFormats): string {
  const count = values?.n;
  const template = typeof message === 'string' ? message : pluralForm(message, typeof count === 'number' ? count : Number.NaN, formats.plural);
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formats.number.format(value) : value;
  });
}
