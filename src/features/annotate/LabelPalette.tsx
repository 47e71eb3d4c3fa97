import { memo } from 'react';
import { Button } from 'react-aria-components';
import type { EntitySpan } from '../../core/model/annotation.ts';
import type { EntityLabel } from '../../core/schema/projectSchema.ts';
import { hotkeyLabel } from '../../core/schema/schemaEdits.ts';
import { useLocale, useT } from '../../ui/i18n/useT.ts';
import { safeColor } from '../../ui/documentView/highlightStyles.ts';

/**
 * The project's entity labels with colour, hotkey and how often this document uses each.
 * `onLabel` should keep its identity: then an edit re-renders only the labels whose count changed.
 */
export function LabelPalette(props: { labels: readonly EntityLabel[]; spans: readonly EntitySpan[]; onLabel(tag: string): void }) {
  const t = useT();
  const { locale } = useLocale();
  const counts = new Map<string, number>();
  for (const span of props.spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
  return (
    <section className="palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading">{t('annotate.labels')}</h2>
      <ul className="palette-list">
        {props.labels.map((label) => (
          <PaletteItem key={label.tag} label={label} count={counts.get(label.tag) ?? 0} locale={locale} onLabel={props.onLabel} />
        ))}
      </ul>
    </section>
  );
}

const PaletteItem = memo(function PaletteItem({ label, count, locale, onLabel }: { label: EntityLabel; count: number; locale: 'en' | 'ar'; onLabel(tag: string): void }) {
  return (
    <li>
      <Button className="palette-item" onPress={() => onLabel(label.tag)} aria-keyshortcuts={label.hotkey ? hotkeyLabel(label.hotkey) : undefined}>
        <span className="swatch" style={{ backgroundColor: safeColor(label.color) }} aria-hidden="true" />
        <span className="tag">{label.tag}</span>
        <span className="palette-name">{label.name[locale]}</span>
        {count ? <span className="count">{count}</span> : null}
        {label.hotkey ? <kbd>{hotkeyLabel(label.hotkey)}</kbd> : null}
        {label.description?.[locale] ? <span className="palette-description">{label.description[locale]}</span> : null}
      </Button>
    </li>
  );
});
