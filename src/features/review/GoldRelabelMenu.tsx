import { Button, Menu, MenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import type { SpanValue } from '../../core/review/reviewItem.ts';
import type { EntityLabel } from '../../core/schema/projectSchema.ts';
import { safeColor } from '../../ui/documentView/highlightStyles.ts';
import { useLocale, useT } from '../../ui/i18n/useT.ts';

/** A gold span's "change label" button: a menu (named by its button) of the project's entity labels, the span's own checked. */
export function GoldRelabelMenu(props: { span: SpanValue; text: string; labels: readonly EntityLabel[]; onRelabel(label: string): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { span } = props;
  return (
    <MenuTrigger>
      <Button className="button small" aria-label={t('review.relabelSpan', { label: span.label, text: props.text.slice(span.start, span.end) })}>
        {t('review.relabel')} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu
          className="menu relabel-menu"
          items={props.labels}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[span.label]}
          onSelectionChange={(keys) => {
            const [label] = keys === 'all' ? [] : [...keys];
            if (label !== undefined && label !== span.label) props.onRelabel(String(label));
          }}
        >
          {(label) => (
            <MenuItem id={label.tag} textValue={`${label.tag} ${label.name[locale]}`} className="menu-item">
              <span className="swatch" style={{ backgroundColor: safeColor(label.color) }} aria-hidden="true" />
              <Text slot="label">
                <span className="tag">{label.tag}</span> {label.name[locale]}
              </Text>
              {label.tag === span.label ? <span aria-hidden="true">✓</span> : null}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
