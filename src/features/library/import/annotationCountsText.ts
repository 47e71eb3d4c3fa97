import type { LocaleContextValue } from '../../../ui/i18n/LocaleProvider.tsx';

/**
 * "6 entity spans, 2 events and 3 stances" in the interface's language: the layers a file
 * holds, entity spans always when it holds nothing else.
 */
export function annotationCountsText(
  { t, locale }: Pick<LocaleContextValue, 't' | 'locale'>,
  counts: { spans: number; events: number; stance: number },
): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format([
    ...(counts.spans > 0 || counts.events + counts.stance === 0 ? [t('import.count.entitySpans', { n: counts.spans })] : []),
    ...(counts.events > 0 ? [t('import.count.events', { n: counts.events })] : []),
    ...(counts.stance > 0 ? [t('import.count.stances', { n: counts.stance })] : []),
  ]);
}
