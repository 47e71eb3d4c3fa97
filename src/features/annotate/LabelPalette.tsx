import { Button } from 'react-aria-components';
import type { EntitySpan } from '../../core/model/annotation.ts';
import type { EntityLabel } from '../../core/schema/projectSchema.ts';
import { hotkeyLabel } from '../../core/schema/schemaEdits.ts';
import { useLocale, useT } from '../../ui/i18n/useT.ts';
import { safeColor } from '../../ui/documentView/highlightStyles.ts';

/** The project's entity labels with colour, hotkey and how often this document uses each. */
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
          <li key={label.tag}>
            <Button className="palette-item" onPress={() => props.onLabel(label.tag)} aria-keyshortcuts={label.hotkey ? hotkeyLabel(label.hotkey) : undefined}>
              <span className="swatch" style={{ backgroundColor: safeColor(label.color) }} aria-hidden="true" />
              <span className="tag">{label.tag}</span>
              <span className="palette-name">{label.name[locale]}</span>
              {counts.get(label.tag) ? <span className="count">{counts.get(label.tag)}</span> : null}
              {label.hotkey ? <kbd>{hotkeyLabel(label.hotkey)}</kbd> : null}
              {label.description?.[locale] ? <span className="palette-description">{label.description[locale]}</span> : null}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
